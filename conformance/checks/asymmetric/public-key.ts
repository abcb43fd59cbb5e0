import { createPublicKey, type KeyObject } from 'node:crypto';
import { decode, detailOf, expectSuccess } from '../../expect.js';
import { CheckFailure } from '../../failure.js';
import type { CheckContext, KeyRef } from '../../types.js';

/** A key's public half from GetPublicKey, read with node:crypto as DER SubjectPublicKeyInfo. */
export async function publicKeyOf(ctx: CheckContext, key: KeyRef): Promise<KeyObject> {
  const reply = await ctx.send('GetPublicKey', { KeyId: key.keyId });
  const body = expectSuccess(reply, 'GetPublicKey', ['PublicKey']);
  try {
    return createPublicKey({
      key: Buffer.from(decode(body.PublicKey)),
      format: 'der',
      type: 'spki',
    });
  } catch (error) {
    throw new CheckFailure(
      'GetPublicKey PublicKey as DER SubjectPublicKeyInfo',
      `bytes OpenSSL cannot read (${(error as Error).message})`,
      { ...detailOf(reply), kind: 'content' },
    );
  }
}

/** Fails unless `condition` holds; `expected` and `actual` say what was seen. */
export function demand(condition: boolean, expected: string, actual: string): void {
  if (!condition) throw new CheckFailure(expected, actual);
}
