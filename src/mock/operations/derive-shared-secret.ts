import type { OperationInput, OperationOutput } from '../../contract/index.js';
import { deriveSharedSecret as ecdh, isEccSpec } from '../../crypto/index.js';
import { kmsError } from '../../errors/index.js';
import { fromWire, toWire } from '../blobs.js';
import { keyArn } from '../config.js';
import type { MockContext } from '../context.js';
import { stopIfDryRun } from '../dry-run.js';
import { refuseRecipient } from '../recipient.js';
import { resolveKey } from '../resolve-key.js';
import { keyPairOf, usableKey } from './asymmetric-rules.js';

/**
 * ECDH between a KEY_AGREEMENT key and the caller's public key (DER SubjectPublicKeyInfo on the
 * same curve). A public key that is not one is ValidationException with an empty message
 * (recorded: TestKMS::test_derive_shared_secret, `response-invalid-public-key`).
 */
export async function deriveSharedSecret(
  ctx: MockContext,
  input: OperationInput<'DeriveSharedSecret'>,
): Promise<OperationOutput<'DeriveSharedSecret'>> {
  refuseRecipient(input);
  const key = await resolveKey(ctx, input.KeyId, { allowAlias: true });
  usableKey(ctx, key, 'KEY_AGREEMENT', 'DeriveSharedSecret');
  const peer = fromWire(input.PublicKey);
  if (!isEccSpec(key.keySpec)) throw new Error(`key agreement key of spec ${key.keySpec}`);
  const { privateKey } = await keyPairOf(ctx, key);
  const secret = await ecdh(key.keySpec, privateKey, peer);
  if (!secret) throw kmsError('ValidationException', '');
  stopIfDryRun(input);
  return {
    KeyId: keyArn(ctx.config, key.keyId),
    SharedSecret: toWire(secret),
    KeyAgreementAlgorithm: input.KeyAgreementAlgorithm,
    KeyOrigin: key.origin,
  };
}
