/**
 * Standard padded base64 (RFC 4648 §4), the only blob encoding of AWS JSON 1.1 (kms-facts.md §1).
 * Decoding is strict: one spelling per byte string, so a conformance check can reject what real
 * SDKs would choke on (a wrong length raises "Incorrect padding" in the AWS SDK).
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const PAD = 61; // '='
const INVALID = 255;

const ENCODE = Uint8Array.from(ALPHABET, (char) => char.charCodeAt(0));
const DECODE = new Uint8Array(256).fill(INVALID);
ENCODE.forEach((code, value) => {
  DECODE[code] = value;
});

/** The output is ASCII, so a UTF-8 decoder turns the code buffer into a string in one native call. */
const ascii = new TextDecoder();

/** Encodes bytes as standard base64 with `=` padding. */
export function encodeBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out[o++] = ENCODE[n >>> 18] ?? 0;
    out[o++] = ENCODE[(n >>> 12) & 63] ?? 0;
    out[o++] = ENCODE[(n >>> 6) & 63] ?? 0;
    out[o++] = ENCODE[n & 63] ?? 0;
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    const n = ((bytes[i] ?? 0) << 16) | (rest === 2 ? (bytes[i + 1] ?? 0) << 8 : 0);
    out[o++] = ENCODE[n >>> 18] ?? 0;
    out[o++] = ENCODE[(n >>> 12) & 63] ?? 0;
    out[o++] = rest === 2 ? (ENCODE[(n >>> 6) & 63] ?? 0) : PAD;
    out[o] = PAD;
  }
  return ascii.decode(out);
}

/**
 * Decodes canonical base64, or returns undefined. Canonical: standard alphabet (`+`, `/`), length a
 * multiple of 4, `=` only as the last one or two characters, no whitespace, and zero padding bits,
 * so that re-encoding the result gives back exactly `text`.
 */
export function decodeBase64(text: string): Uint8Array | undefined {
  const length = text.length;
  if (length % 4 !== 0) return undefined;
  const padding = countPadding(text);
  const out = new Uint8Array((length / 4) * 3 - padding);
  const fullQuads = padding === 0 ? length : length - 4;
  let o = 0;
  for (let i = 0; i < fullQuads; i += 4) {
    const a = sextet(text, i);
    const b = sextet(text, i + 1);
    const c = sextet(text, i + 2);
    const d = sextet(text, i + 3);
    if ((a | b | c | d) & INVALID_SEXTET) return undefined;
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    out[o++] = n >>> 16;
    out[o++] = (n >>> 8) & 255;
    out[o++] = n & 255;
  }
  if (padding === 0) return out;
  const a = sextet(text, length - 4);
  const b = sextet(text, length - 3);
  const c = padding === 1 ? sextet(text, length - 2) : 0;
  if ((a | b | c) & INVALID_SEXTET) return undefined;
  // Bits below the last whole byte must be zero, or two spellings would decode alike.
  if (padding === 2 ? (b & 15) !== 0 : (c & 3) !== 0) return undefined;
  out[o++] = (a << 2) | (b >>> 4);
  if (padding === 1) out[o] = ((b & 15) << 4) | (c >>> 2);
  return out;
}

/** True when `text` is canonical standard padded base64 (see {@link decodeBase64}). */
export function isCanonicalBase64(text: string): boolean {
  return decodeBase64(text) !== undefined;
}

/** Trailing `=` count; a third `=` is left in place and fails as an invalid character. */
function countPadding(text: string): 0 | 1 | 2 {
  if (text.charCodeAt(text.length - 1) !== PAD) return 0;
  return text.charCodeAt(text.length - 2) === PAD ? 2 : 1;
}

/** Every valid sextet is below 64, so one OR over a quad detects any invalid character. */
const INVALID_SEXTET = 64;

function sextet(text: string, index: number): number {
  const value = DECODE[text.charCodeAt(index)] ?? INVALID;
  return value === INVALID ? INVALID_SEXTET : value;
}
