import { kmsError } from '../errors/index.js';
import { base64ToBytes, bytesToBase64 } from '../crypto/index.js';

/**
 * Decodes a blob member. The spec's pattern already admits canonical base64 only; should anything
 * else get through, it is still the caller's malformed input, never a 500.
 */
export function fromWire(text: string): Uint8Array {
  const bytes = base64ToBytes(text);
  if (!bytes) throw kmsError('SerializationException', 'Blob is not canonical base64.');
  return bytes;
}

export const toWire = bytesToBase64;
