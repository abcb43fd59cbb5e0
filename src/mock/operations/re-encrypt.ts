import type { OperationInput, OperationOutput } from '../../contract/index.js';
import { encryptUnderKey } from '../../crypto/index.js';
import { requiredCiphertext, toWire } from '../blobs.js';
import type { MockContext } from '../context.js';
import { stopIfDryRun } from '../dry-run.js';
import { assertUsableForEncryption, materialOf } from '../key-rules.js';
import { resolveKey } from '../resolve-key.js';
import { sealingContext } from '../encryption-context.js';
import { arnOf, openCiphertext } from './open-ciphertext.js';

/** Decrypts under the blob's key and encrypts under the destination key, never exposing the plaintext. */
export async function reEncrypt(
  ctx: MockContext,
  input: OperationInput<'ReEncrypt'>,
): Promise<OperationOutput<'ReEncrypt'>> {
  const source = await openCiphertext(ctx, {
    blob: requiredCiphertext(input.CiphertextBlob),
    context: input.SourceEncryptionContext,
    expectedKeyId: input.SourceKeyId,
    operation: 'ReEncrypt',
    algorithm: input.SourceEncryptionAlgorithm,
  });
  const destination = await resolveKey(ctx, input.DestinationKeyId, { allowAlias: true });
  assertUsableForEncryption(ctx, destination, 'ReEncrypt', input.DestinationEncryptionAlgorithm);
  stopIfDryRun(input);
  const { material, materialId } = materialOf(destination);
  const blob = await encryptUnderKey({
    keyId: destination.keyId,
    materialId,
    material,
    plaintext: source.plaintext,
    context: sealingContext(input.DestinationEncryptionContext, 'destinationEncryptionContext'),
    aesGcm: ctx.aesGcm,
  });
  source.plaintext.fill(0);
  return {
    CiphertextBlob: toWire(blob),
    SourceKeyId: arnOf(ctx, source.key),
    KeyId: arnOf(ctx, destination),
    SourceEncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
    DestinationEncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
    SourceKeyMaterialId: source.materialId,
    DestinationKeyMaterialId: materialId,
  };
}
