import { expectSuccess } from '../expect.js';
import type { CheckContext, KeyRef } from '../types.js';

type Member = 'CiphertextBlob' | 'Plaintext' | 'KeyId';

/**
 * The opening many checks share: GenerateDataKey AES_256 under `key`, judged as a valid reply with
 * the members the check goes on to use (a reply without them fails here, naming them).
 */
export async function dataKey<M extends Member = 'CiphertextBlob' | 'Plaintext' | 'KeyId'>(
  ctx: CheckContext,
  key: KeyRef,
  members: readonly M[] = ['CiphertextBlob', 'Plaintext', 'KeyId'] as M[],
  extra: Record<string, unknown> = {},
): Promise<{ [K in M]: string } & { CiphertextBlob?: string; Plaintext?: string; KeyId?: string }> {
  const reply = expectSuccess(
    await ctx.send('GenerateDataKey', { KeyId: key.keyId, KeySpec: 'AES_256', ...extra }),
    'GenerateDataKey',
    members,
  );
  return reply as { [K in M]: string };
}
