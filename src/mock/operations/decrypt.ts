import type { OperationInput, OperationOutput } from '../../contract/index.js';
import { kmsError } from '../../errors/index.js';
import { requiredCiphertext, toWire } from '../blobs.js';
import type { MockContext } from '../context.js';
import { stopIfDryRun } from '../dry-run.js';
import { assertEnabled, assertSymmetricEncryption } from '../key-rules.js';
import { refuseRecipient } from '../recipient.js';
import { resolveKey } from '../resolve-key.js';
import { arnOf, openCiphertext } from './open-ciphertext.js';
import { asksForRsa, refuseContext, rsaDecrypt, rsaDecryptionKey } from './rsa-encryption.js';

/**
 * Decrypt needs no KeyId: the blob names its key (evidence `docs.decrypt`, `docs.blob-opaque`). The 2026 model makes
 * CiphertextBlob optional only for `DryRun` with `DryRunModifiers: [IGNORE_CIPHERTEXT]`, which then
 * needs a KeyId to check permissions against.
 */
export async function decrypt(
  ctx: MockContext,
  input: OperationInput<'Decrypt'>,
): Promise<OperationOutput<'Decrypt'>> {
  refuseRecipient(input);
  if (asksForRsa(input.EncryptionAlgorithm)) {
    // RSA ciphertext names no key: KeyId and the algorithm pick the private key.
    const algorithm = input.EncryptionAlgorithm;
    const key = await rsaDecryptionKey(ctx, input.KeyId, algorithm, 'Decrypt');
    refuseContext(input.EncryptionContext, 'EncryptionContext');
    const ciphertext = requiredCiphertext(input.CiphertextBlob);
    stopIfDryRun(input);
    const plaintext = await rsaDecrypt(ctx, key, algorithm, ciphertext);
    return { KeyId: arnOf(ctx, key), Plaintext: toWire(plaintext), EncryptionAlgorithm: algorithm };
  }
  const ignoreCiphertext =
    input.DryRun === true && (input.DryRunModifiers ?? []).includes('IGNORE_CIPHERTEXT');
  if (ignoreCiphertext) {
    if (input.KeyId === undefined)
      throw kmsError(
        'ValidationException',
        'KeyId is required when DryRunModifiers contains IGNORE_CIPHERTEXT.',
      );
    const key = await resolveKey(ctx, input.KeyId, { allowAlias: true });
    assertEnabled(ctx, key);
    assertSymmetricEncryption(ctx, key, 'Decrypt', input.EncryptionAlgorithm);
    stopIfDryRun(input);
  }
  const opened = await openCiphertext(ctx, {
    blob: requiredCiphertext(input.CiphertextBlob),
    context: input.EncryptionContext,
    expectedKeyId: input.KeyId,
    operation: 'Decrypt',
    algorithm: input.EncryptionAlgorithm,
  });
  stopIfDryRun(input);
  return {
    KeyId: arnOf(ctx, opened.key),
    Plaintext: toWire(opened.plaintext),
    EncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
    KeyMaterialId: opened.materialId,
  };
}
