import type { OperationInput, OperationOutput } from '../../contract/index.js';
import { kmsError } from '../../errors/index.js';
import { toWire } from '../blobs.js';
import { keyArn } from '../config.js';
import type { MockContext } from '../context.js';
import { algorithmsOf, customerMasterKeySpecOf } from '../key-algorithms.js';
import { assertEnabled } from '../key-rules.js';
import { resolveKey } from '../resolve-key.js';
import { keyPairOf } from './asymmetric-rules.js';

/**
 * The public half of an asymmetric key as DER SubjectPublicKeyInfo, with the key's usage and the
 * algorithms of that usage (AWS KMS API Reference, GetPublicKey). Symmetric and HMAC keys have no
 * public key: UnsupportedOperationException.
 */
export async function getPublicKey(
  ctx: MockContext,
  input: OperationInput<'GetPublicKey'>,
): Promise<OperationOutput<'GetPublicKey'>> {
  const key = await resolveKey(ctx, input.KeyId, { allowAlias: true });
  assertEnabled(ctx, key);
  const arn = keyArn(ctx.config, key.keyId);
  if (key.keySpec === 'SYMMETRIC_DEFAULT' || key.keyUsage === 'GENERATE_VERIFY_MAC') {
    throw kmsError(
      'UnsupportedOperationException',
      `${arn} key spec is ${key.keySpec} which is not valid for GetPublicKey.`,
    );
  }
  const { publicKey } = await keyPairOf(ctx, key);
  return {
    KeyId: arn,
    PublicKey: toWire(publicKey),
    ...customerMasterKeySpecOf(key.keySpec),
    KeySpec: key.keySpec,
    KeyUsage: key.keyUsage,
    ...algorithmsOf(key.keySpec, key.keyUsage),
  } as OperationOutput<'GetPublicKey'>;
}
