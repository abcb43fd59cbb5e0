import { expectSuccess } from '../expect.js';
import type { CheckContext, KeyRef } from '../types.js';
import { requireMembers } from './schema/members.js';

/**
 * A key of the check's own (CreateKey with `body`), for rules that change a key's state; it is
 * scheduled for deletion afterwards, whatever the verdict (best effort: a refusal there is not
 * the rule being checked).
 */
export async function withKey<T>(
  ctx: CheckContext,
  body: Record<string, unknown>,
  use: (key: KeyRef) => Promise<T>,
): Promise<T> {
  const created = expectSuccess(
    await ctx.send('CreateKey', { Description: 'kms-contract conformance scratch key', ...body }),
    'CreateKey',
    ['KeyMetadata'],
  );
  const metadata = requireMembers('CreateKey KeyMetadata', created.KeyMetadata, ['KeyId', 'Arn']);
  const key = { keyId: String(metadata['KeyId']), arn: String(metadata['Arn']) };
  try {
    return await use(key);
  } finally {
    try {
      await ctx.send('ScheduleKeyDeletion', { KeyId: key.keyId, PendingWindowInDays: 7 });
    } catch {
      // cleanup only
    }
  }
}
