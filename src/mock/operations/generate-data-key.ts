import type { OperationInput, OperationOutput } from '../../contract/index.js';
import { encryptUnderKey, randomBytes } from '../../crypto/index.js';
import { toWire } from '../blobs.js';
import { keyArn } from '../config.js';
import type { MockContext } from '../context.js';
import { dataKeyLength } from '../data-key-length.js';
import { stopIfDryRun } from '../dry-run.js';
import { assertUsableForEncryption, materialOf } from '../key-rules.js';
import { refuseRecipient } from '../recipient.js';
import { sealingContext } from '../encryption-context.js';
import { resolveKey } from '../resolve-key.js';

/** The data key both GenerateDataKey operations make: fresh CSPRNG bytes, sealed under the KMS key. */
export async function makeDataKey(
  ctx: MockContext,
  input: OperationInput<'GenerateDataKeyWithoutPlaintext'>,
  operation: string,
): Promise<{ plaintext: Uint8Array; blob: Uint8Array; arn: string; materialId: string }> {
  const length = dataKeyLength(input);
  const key = await resolveKey(ctx, input.KeyId, { allowAlias: true });
  assertUsableForEncryption(ctx, key, operation);
  stopIfDryRun(input);
  const { material, materialId } = materialOf(key);
  const plaintext = randomBytes(length);
  const blob = await encryptUnderKey({
    keyId: key.keyId,
    materialId,
    material,
    plaintext,
    context: sealingContext(input.EncryptionContext),
    aesGcm: ctx.aesGcm,
  });
  return { plaintext, blob, arn: keyArn(ctx.config, key.keyId), materialId };
}

export async function generateDataKey(
  ctx: MockContext,
  input: OperationInput<'GenerateDataKey'>,
): Promise<OperationOutput<'GenerateDataKey'>> {
  refuseRecipient(input);
  const made = await makeDataKey(ctx, input, 'GenerateDataKey');
  return {
    CiphertextBlob: toWire(made.blob),
    Plaintext: toWire(made.plaintext),
    KeyId: made.arn,
    KeyMaterialId: made.materialId,
  };
}
