import type { OperationInput, OperationOutput } from '../../contract/index.js';
import { encryptUnderKey } from '../../crypto/index.js';
import { kmsError } from '../../errors/index.js';
import { fromWire, toWire } from '../blobs.js';
import { keyArn } from '../config.js';
import type { MockContext } from '../context.js';
import { stopIfDryRun } from '../dry-run.js';
import { assertUsableForEncryption, materialOf } from '../key-rules.js';
import { resolveKey } from '../resolve-key.js';
import { sealingContext } from '../encryption-context.js';

/** Symmetric keys encrypt only with SYMMETRIC_DEFAULT; the RSA/SM2 algorithms need asymmetric keys. */
export function assertSymmetricAlgorithm(algorithm: string | undefined, operation: string): void {
  if (algorithm !== undefined && algorithm !== 'SYMMETRIC_DEFAULT') {
    throw kmsError(
      'InvalidKeyUsageException',
      `The encryption algorithm ${algorithm} is not valid for ${operation} with a symmetric encryption KMS key.`,
    );
  }
}

export async function encrypt(
  ctx: MockContext,
  input: OperationInput<'Encrypt'>,
): Promise<OperationOutput<'Encrypt'>> {
  const key = await resolveKey(ctx, input.KeyId, { allowAlias: true });
  assertUsableForEncryption(ctx, key, 'Encrypt');
  assertSymmetricAlgorithm(input.EncryptionAlgorithm, 'Encrypt');
  stopIfDryRun(input);
  const { material, materialId } = materialOf(key);
  const blob = await encryptUnderKey({
    keyId: key.keyId,
    materialId,
    material,
    plaintext: fromWire(input.Plaintext),
    context: sealingContext(input.EncryptionContext),
    aesGcm: ctx.aesGcm,
  });
  return {
    CiphertextBlob: toWire(blob),
    KeyId: keyArn(ctx.config, key.keyId),
    EncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
  };
}
