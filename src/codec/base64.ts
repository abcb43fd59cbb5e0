/**
 * Standard padded base64 (RFC 4648 §4), the only blob encoding of AWS JSON 1.1. One codec for the
 * whole package: the mock, the front doors, the typed client and the conformance runner. Decoding is
 * strict, one spelling per byte string, so the runner can refuse what AWS SDKs choke on (a wrong
 * length raises "Incorrect padding" in botocore). Table-driven rather than `atob`, which is several
 * times slower on Node 20 and needs a second pass to tell canonical spellings apart.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Every valid sextet is below 64, so one OR over a quad tells whether any character was invalid. */
const INVALID = 64;

/** Char code (0..255) → sextet, or {@link INVALID}; `=` too is invalid wherever it is decoded. */
const SEXTETS = new Uint8Array(256).fill(INVALID);
for (let i = 0; i < 64; i++) SEXTETS[ALPHABET.charCodeAt(i)] = i;

/** Encodes bytes as standard base64 with `=` padding. */
export function encodeBase64(bytes: Uint8Array): string {
  const length = bytes.length;
  let out = '';
  for (let i = 0; i < length; i += 3) {
    // Reads past the end give undefined, which the shifts and ORs treat as 0.
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out +=
      ALPHABET.charAt(n >>> 18) +
      ALPHABET.charAt((n >>> 12) & 63) +
      (i + 1 < length ? ALPHABET.charAt((n >>> 6) & 63) : '=') +
      (i + 2 < length ? ALPHABET.charAt(n & 63) : '=');
  }
  return out;
}

/**
 * Decodes canonical base64, or returns undefined. Canonical: standard alphabet (`+`, `/`), length a
 * multiple of 4, `=` only as the last one or two characters, no whitespace, and zero padding bits,
 * so that re-encoding the result gives back exactly `text`.
 */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  const length = text.length;
  if (length % 4 !== 0) return undefined;
  // A third `=` stays in place and fails below as an invalid character.
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((length / 4) * 3 - padding);
  let o = 0;
  for (let i = 0; i < length; i += 4) {
    const last = i + 4 === length;
    const a = sextet(text, i);
    const b = sextet(text, i + 1);
    const c = last && padding === 2 ? 0 : sextet(text, i + 2);
    const d = last && padding > 0 ? 0 : sextet(text, i + 3);
    if ((a | b | c | d) & INVALID) return undefined;
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    if (!last || padding === 0) {
      out[o++] = n >>> 16;
      out[o++] = (n >>> 8) & 255;
      out[o++] = n & 255;
      continue;
    }
    // Bits below the last whole byte must be zero, or two spellings would decode alike.
    if (n & (padding === 2 ? 0xffff : 0xff)) return undefined;
    out[o++] = n >>> 16;
    if (padding === 1) out[o] = (n >>> 8) & 255;
  }
  return out;
}

/** True when `text` is canonical standard padded base64 (see {@link decodeBase64}). */
export function isCanonicalBase64(text: string): boolean {
  return decodeBase64(text) !== undefined;
}

function sextet(text: string, index: number): number {
  return SEXTETS[text.charCodeAt(index)] ?? INVALID;
}
