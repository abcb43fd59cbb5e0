/**
 * Byte helpers that run in browsers and Node alike: no Buffer, no `node:` imports. Bytes only: their
 * wire spelling (base64) is the codec's (src/codec), not the cryptography's.
 */

/** A Uint8Array backed by a plain ArrayBuffer, the type WebCrypto's `BufferSource` accepts. */
export type Bytes = Uint8Array<ArrayBuffer>;

/** The same bytes as a plain-ArrayBuffer view, copying only when the input sits on a SharedArrayBuffer. */
export function asBytes(data: Uint8Array): Bytes {
  return data.buffer instanceof ArrayBuffer
    ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
    : new Uint8Array(data);
}

/** Joins byte arrays into one fresh array. */
export function concatBytes(...parts: readonly Uint8Array[]): Bytes {
  return joinBytes(parts);
}

/** {@link concatBytes} for a list of any length (a spread of 100,000 parts would overflow the stack). */
export function joinBytes(parts: readonly Uint8Array[]): Bytes {
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Constant-shape comparison; used for material checks, not for secrets under attack. */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/** Lowercase hex, the spelling of KeyMaterialId (evidence `model.generate-data-key-request`, BackingKeyIdType `^[a-f0-9]+$`). */
export function bytesToHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

/** Parses lowercase hex; undefined for odd length, uppercase or any other character. */
export function hexToBytes(hex: string): Bytes | undefined {
  if (!/^(?:[0-9a-f]{2})*$/.test(hex)) return undefined;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}
