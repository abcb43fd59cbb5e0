import type { OperationInput, OperationOutput } from '../../contract/index.js';
import { encryptUnderKey, isRsaSpec } from '../../crypto/index.js';
import type { KeyRecord } from '../../keystore/index.js';
import { requiredCiphertext, toWire } from '../blobs.js';
import type { MockContext } from '../context.js';
import { stopIfDryRun } from '../dry-run.js';
import { assertUsableForEncryption, materialOf } from '../key-rules.js';
import { resolveKey } from '../resolve-key.js';
import { sealingContext } from '../encryption-context.js';
import { arnOf, openCiphertext } from './open-ciphertext.js';
import {
  asksForRsa,
  refuseContext,
  rsaDecrypt,
  rsaDecryptionKey,
  rsaEncrypt,
  rsaKeyFor,
} from './rsa-encryption.js';

interface Opened {
  key: KeyRecord;
  plaintext: Uint8Array;
  algorithm: string;
  materialId?: string;
}

/** The source half: our symmetric blob, or RSA ciphertext under the SourceKeyId it needs. */
async function openSource(ctx: MockContext, input: OperationInput<'ReEncrypt'>): Promise<Opened> {
  const algorithm = input.SourceEncryptionAlgorithm;
  if (asksForRsa(algorithm)) {
    const key = await rsaDecryptionKey(
      ctx,
      input.SourceKeyId,
      algorithm,
      'ReEncrypt',
      'SourceKeyId',
    );
    refuseContext(input.SourceEncryptionContext, 'SourceEncryptionContext');
    const ciphertext = requiredCiphertext(input.CiphertextBlob);
    return { key, algorithm, plaintext: await rsaDecrypt(ctx, key, algorithm, ciphertext) };
  }
  const source = await openCiphertext(ctx, {
    blob: requiredCiphertext(input.CiphertextBlob),
    context: input.SourceEncryptionContext,
    expectedKeyId: input.SourceKeyId,
    operation: 'ReEncrypt',
    algorithm,
  });
  return { ...source, algorithm: 'SYMMETRIC_DEFAULT' };
}

/**
 * Decrypts under the source key and encrypts under the destination key, never exposing the
 * plaintext. Either side may be an RSA key (recorded:
 * TestKMS::test_re_encrypt[RSA_2048-RSAES_OAEP_SHA_256]: no KeyMaterialId members then).
 */
export async function reEncrypt(
  ctx: MockContext,
  input: OperationInput<'ReEncrypt'>,
): Promise<OperationOutput<'ReEncrypt'>> {
  const source = await openSource(ctx, input);
  const destination = await resolveKey(ctx, input.DestinationKeyId, { allowAlias: true });
  let ciphertext: Uint8Array;
  let destinationAlgorithm = 'SYMMETRIC_DEFAULT';
  let destinationMaterialId: string | undefined;
  if (isRsaSpec(destination.keySpec) && destination.keyUsage === 'ENCRYPT_DECRYPT') {
    const use = rsaKeyFor(ctx, destination, input.DestinationEncryptionAlgorithm, 'ReEncrypt');
    refuseContext(input.DestinationEncryptionContext, 'DestinationEncryptionContext');
    stopIfDryRun(input);
    ciphertext = await rsaEncrypt(ctx, destination, use, source.plaintext);
    destinationAlgorithm = use.algorithm;
  } else {
    assertUsableForEncryption(ctx, destination, 'ReEncrypt', input.DestinationEncryptionAlgorithm);
    const context = sealingContext(
      input.DestinationEncryptionContext,
      'destinationEncryptionContext',
    );
    stopIfDryRun(input);
    const { material, materialId } = materialOf(destination);
    ciphertext = await encryptUnderKey({
      keyId: destination.keyId,
      materialId,
      material,
      plaintext: source.plaintext,
      context,
      aesGcm: ctx.aesGcm,
    });
    destinationMaterialId = materialId;
  }
  source.plaintext.fill(0);
  return {
    CiphertextBlob: toWire(ciphertext),
    SourceKeyId: arnOf(ctx, source.key),
    KeyId: arnOf(ctx, destination),
    SourceEncryptionAlgorithm: source.algorithm,
    DestinationEncryptionAlgorithm: destinationAlgorithm,
    ...(source.materialId !== undefined ? { SourceKeyMaterialId: source.materialId } : {}),
    ...(destinationMaterialId !== undefined
      ? { DestinationKeyMaterialId: destinationMaterialId }
      : {}),
  } as OperationOutput<'ReEncrypt'>;
}
