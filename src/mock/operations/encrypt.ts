import type { OperationInput, OperationOutput } from '../../contract/index.js';
import { encryptUnderKey, isRsaSpec } from '../../crypto/index.js';
import { fromWire, toWire } from '../blobs.js';
import { keyArn } from '../config.js';
import type { MockContext } from '../context.js';
import { stopIfDryRun } from '../dry-run.js';
import { assertUsableForEncryption, materialOf } from '../key-rules.js';
import { resolveKey } from '../resolve-key.js';
import { sealingContext } from '../encryption-context.js';
import { refuseContext, rsaEncrypt, rsaKeyFor } from './rsa-encryption.js';

export async function encrypt(
  ctx: MockContext,
  input: OperationInput<'Encrypt'>,
): Promise<OperationOutput<'Encrypt'>> {
  const key = await resolveKey(ctx, input.KeyId, { allowAlias: true });
  if (isRsaSpec(key.keySpec) && key.keyUsage === 'ENCRYPT_DECRYPT') {
    // RSA keys (AWS KMS API Reference, Encrypt): the algorithm is required, no context, raw OAEP.
    const use = rsaKeyFor(ctx, key, input.EncryptionAlgorithm, 'Encrypt');
    refuseContext(input.EncryptionContext, 'EncryptionContext');
    stopIfDryRun(input);
    const ciphertext = await rsaEncrypt(ctx, key, use, fromWire(input.Plaintext));
    return {
      CiphertextBlob: toWire(ciphertext),
      KeyId: keyArn(ctx.config, key.keyId),
      EncryptionAlgorithm: use.algorithm,
    };
  }
  assertUsableForEncryption(ctx, key, 'Encrypt', input.EncryptionAlgorithm);
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
