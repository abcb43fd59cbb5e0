/**
 * Canonical encoding of an EncryptionContext, used as AES-GCM additional authenticated data.
 *
 * KMS does not store the context in the blob; it only authenticates it, and Decrypt must repeat it
 * exactly (evidence `docs.encryption-context`). The encoding must therefore be injective: two contexts that differ in any
 * way must give different bytes. Naive concatenation of keys and values is not: `{ab:'c'}` and
 * `{a:'bc'}` both give `abc`. Length prefixes remove that ambiguity; sorting by the UTF-8 bytes of
 * the key makes the encoding independent of property order.
 *
 * Layout: u32 pair count, then per pair u32 key length, key UTF-8, u32 value length, value UTF-8.
 * All integers are big-endian.
 */
import { joinBytes, type Bytes } from './bytes.js';

/** The wire EncryptionContextType: a string-to-string map (evidence `model.generate-data-key-request`). */
export type EncryptionContext = Readonly<Record<string, string>>;

const utf8 = new TextEncoder();
/** Matches an unpaired UTF-16 surrogate (with the `u` flag, a valid pair is one code point). */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/**
 * Whether every key and value is well-formed Unicode. TextEncoder replaces a lone surrogate with
 * U+FFFD, so `'\uD800'` and `'\uFFFD'` would encode alike; such contexts are refused instead.
 */
export function isWellFormedContext(context: EncryptionContext | undefined): boolean {
  return Object.entries(context ?? {}).every(
    ([k, v]) => !LONE_SURROGATE.test(k) && !LONE_SURROGATE.test(v),
  );
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

function u32(n: number): Bytes {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, n);
  return out;
}

/**
 * Encodes a context to bytes. Omitted and empty contexts encode alike, as KMS treats them alike.
 *
 * @throws RangeError if a key or value holds a lone surrogate (see {@link isWellFormedContext}).
 * @example
 * encodeEncryptionContext({ purpose: 'test' }) // 00000001 00000007 'purpose' 00000004 'test'
 */
export function encodeEncryptionContext(context: EncryptionContext | undefined): Bytes {
  if (!isWellFormedContext(context)) {
    throw new RangeError('EncryptionContext keys and values must be well-formed Unicode');
  }
  const pairs = Object.entries(context ?? {})
    .map(([k, v]) => [utf8.encode(k), utf8.encode(v)] as const)
    .sort(([a], [b]) => compareBytes(a, b));
  const parts: Uint8Array[] = [u32(pairs.length)];
  for (const [k, v] of pairs) parts.push(u32(k.length), k, u32(v.length), v);
  return joinBytes(parts);
}
