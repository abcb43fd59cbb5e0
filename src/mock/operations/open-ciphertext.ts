import { blobKeyId, decryptBlob, type Bytes } from '../../crypto/index.js';
import { kmsError } from '../../errors/index.js';
import { materialById, type KeyRecord } from '../../keystore/index.js';
import { keyArn } from '../config.js';
import type { MockContext } from '../context.js';
import { assertEnabled, assertSymmetricEncryption } from '../key-rules.js';
import { resolveKey } from '../resolve-key.js';

export interface OpenRequest {
  blob: Uint8Array;
  context: Record<string, string> | undefined;
  /** The KeyId the caller named, if any: it must be the blob's key (IncorrectKeyException). */
  expectedKeyId: string | undefined;
  operation: string;
  /** The EncryptionAlgorithm the request names; SYMMETRIC_DEFAULT when absent. */
  algorithm?: string | undefined;
}

/**
 * The Decrypt half shared by Decrypt and ReEncrypt, with the errors real KMS gives (evidence `docs.decrypt`):
 * a blob that is not ours or was tampered with, or a wrong context → InvalidCiphertextException
 * with no message; a blob naming a key that does not exist → AccessDeniedException; a KeyId that is
 * not the blob's key → IncorrectKeyException; then the key's state and usage.
 */
export async function openCiphertext(
  ctx: MockContext,
  request: OpenRequest,
): Promise<{ key: KeyRecord; plaintext: Bytes; materialId: string }> {
  const blobKey = blobKeyId(request.blob);
  if (blobKey === undefined) throw kmsError('InvalidCiphertextException');
  const key = await ctx.store.getKey(blobKey);
  if (!key) {
    throw kmsError(
      'AccessDeniedException',
      'The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.',
    );
  }
  if (request.expectedKeyId !== undefined) {
    const named = await resolveKey(ctx, request.expectedKeyId, { allowAlias: true });
    if (named.keyId !== key.keyId) {
      throw kmsError(
        'IncorrectKeyException',
        'The key ID in the request does not identify a CMK that can perform this operation.',
      );
    }
  }
  assertEnabled(ctx, key);
  assertSymmetricEncryption(ctx, key, request.operation, request.algorithm);
  const opened = await decryptBlob(
    request.blob,
    // Any material the key has had opens what it sealed (rotation keeps old material).
    (id, materialId) => (id === key.keyId ? materialById(key, materialId) : undefined),
    request.context,
    ctx.aesGcm,
  );
  if (!opened.ok) throw kmsError('InvalidCiphertextException');
  return { key, plaintext: opened.plaintext, materialId: opened.materialId };
}

export function arnOf(ctx: MockContext, key: KeyRecord): string {
  return keyArn(ctx.config, key.keyId);
}
