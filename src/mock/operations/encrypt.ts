import type { OperationInput, OperationOutput } from '../../contract/index.js';
import { encryptUnderKey } from '../../crypto/index.js';
import { fromWire, toWire } from '../blobs.js';
import { keyArn } from '../config.js';
import type { MockContext } from '../context.js';
import { stopIfDryRun } from '../dry-run.js';
import { assertUsableForEncryption, materialOf } from '../key-rules.js';
import { resolveKey } from '../resolve-key.js';
import { sealingContext } from '../encryption-context.js';

export async function encrypt(
  ctx: MockContext,
  input: OperationInput<'Encrypt'>,
): Promise<OperationOutput<'Encrypt'>> {
  const key = await resolveKey(ctx, input.KeyId, { allowAlias: true });
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
