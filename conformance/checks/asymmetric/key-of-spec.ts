import { detailOf } from '../../expect.js';
import { CheckFailure, CheckSkipped } from '../../failure.js';
import type { CheckContext, KeyRef } from '../../types.js';

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
  // Only the key's id and ARN are needed here: whether the whole reply is valid is the schema
  // checks' rule (schema.create-key-response), so this check goes on to judge its own.
  const metadata = (reply.json as { KeyMetadata?: { KeyId?: unknown; Arn?: unknown } } | undefined)
    ?.KeyMetadata;
  if (
    reply.status !== 200 ||
    typeof metadata?.KeyId !== 'string' ||
    typeof metadata.Arn !== 'string'
  )
    throw new CheckFailure(
      `a ${KeySpec} ${KeyUsage} key from CreateKey (a KeySpec of KMS)`,
      reply.status === 200
        ? 'a reply without KeyMetadata.KeyId and Arn'
        : `HTTP ${reply.status} ${reply.errorType ?? '(no __type)'}${reply.errorMessage ? `: ${reply.errorMessage.slice(0, 200)}` : ''}`,
      { ...detailOf(reply), kind: reply.status === 200 ? 'invalid-reply' : 'status' },
    );
  const key = { keyId: metadata.KeyId, arn: metadata.Arn };
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
