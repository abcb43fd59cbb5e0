import { kmsError } from '../errors/index.js';
import { decodeBase64, encodeBase64 } from '../codec/index.js';

/**
 * Decodes a blob member. The spec's pattern already admits canonical base64 only; should anything
 * else get through, it is still the caller's malformed input, never a 500.
 */
export function fromWire(text: string): Uint8Array {
  const bytes = decodeBase64(text);
  if (!bytes) throw kmsError('SerializationException', 'Blob is not canonical base64.');
  return bytes;
}

/**
 * The CiphertextBlob of Decrypt and ReEncrypt. The 2026 model makes it optional only so that a
 * DryRun with `IGNORE_CIPHERTEXT` may omit it (evidence `docs.decrypt`); every other call needs it, and KMS
 * refuses its absence as any missing required member.
 */
export function requiredCiphertext(text: string | undefined): Uint8Array {
  if (text === undefined) {
    throw kmsError(
      'ValidationException',
      "1 validation error detected: Value null at 'ciphertextBlob' failed to satisfy constraint: Member must not be null",
    );
  }
  return fromWire(text);
}

/** Encodes a blob member. */
export const toWire = encodeBase64;
