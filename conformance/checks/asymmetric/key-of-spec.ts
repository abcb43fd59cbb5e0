import { expectSuccess } from '../../expect.js';
import { CheckFailure, CheckSkipped } from '../../failure.js';
import type { CheckContext, KeyRef } from '../../types.js';
import { requireMembers } from '../schema/members.js';

/**
 * A key of the check's own of `KeySpec` and `KeyUsage`, scheduled for deletion afterwards. Every
 * spec a check asks for here is one KMS creates outside the China Regions (evidence
 * `model.key-specs`), so an endpoint that refuses it fails the check: it lacks a KMS key type.
 * Only credentials that may not create keys (AccessDeniedException) skip it.
 */
export async function withKeyOfSpec<T>(
  ctx: CheckContext,
  KeySpec: string,
  KeyUsage: string,
  use: (key: KeyRef) => Promise<T>,
): Promise<T> {
  const reply = await ctx.send('CreateKey', {
    Description: 'kms-contract conformance scratch key',
    KeySpec,
    KeyUsage,
  });
  if (reply.errorType === 'AccessDeniedException')
    throw new CheckSkipped(`the credentials may not create keys (CreateKey ${KeySpec})`);
  let created;
  try {
    created = expectSuccess(reply, 'CreateKey', ['KeyMetadata']);
  } catch (error) {
    if (error instanceof CheckFailure)
      throw error.reword(() => `a ${KeySpec} ${KeyUsage} key from CreateKey (a KeySpec of KMS)`);
    throw error;
  }
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
