import { base64ToBytes, bytesToBase64 } from '../crypto/index.js';

/** Decodes a blob member the validator has already checked to be canonical base64. */
export function fromWire(text: string): Uint8Array {
  const bytes = base64ToBytes(text);
  if (!bytes) throw new Error('a validated blob did not decode');
  return bytes;
}

export const toWire = bytesToBase64;
