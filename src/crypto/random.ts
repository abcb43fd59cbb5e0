/**
 * Randomness and identifiers from WebCrypto (`globalThis.crypto`), so this runs in browsers too.
 */
import { bytesToHex, concatBytes, type Bytes } from './bytes.js';

/** WebCrypto refuses getRandomValues requests above 65536 bytes (QuotaExceededError). */
const MAX_RANDOM_CHUNK = 65_536;
export const KEY_MATERIAL_BYTES = 32;

/**
 * Small draws (IVs, data keys) come from a pool refilled 4 KiB at a time: one getRandomValues call
 * costs about as much as an AES-GCM seal of a data key, and a request makes two. Every pooled byte
 * is handed out once and the pool is wiped as it is used, so this is the same CSPRNG output.
 */
const POOL_BYTES = 4096;
const POOLED_MAX = 256;
const pool = new Uint8Array(POOL_BYTES);
let poolAt = POOL_BYTES;

function fromPool(n: number): Bytes {
  if (poolAt + n > POOL_BYTES) {
    globalThis.crypto.getRandomValues(pool);
    poolAt = 0;
  }
  const out = pool.slice(poolAt, poolAt + n);
  pool.fill(0, poolAt, poolAt + n);
  poolAt += n;
  return out;
}

/**
 * `n` cryptographically random bytes.
 *
 * @throws RangeError when `n` is not a non-negative safe integer.
 */
export function randomBytes(n: number): Bytes {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError('n must be a non-negative integer');
  if (n <= POOLED_MAX) return fromPool(n);
  const out = new Uint8Array(n);
  for (let at = 0; at < n; at += MAX_RANDOM_CHUNK) {
    globalThis.crypto.getRandomValues(out.subarray(at, Math.min(n, at + MAX_RANDOM_CHUNK)));
  }
  return out;
}

/** A key id: lowercase UUID v4, the `8-4-4-4-12` shape of evidence `docs.key-id-forms`. */
export function newKeyId(): string {
  return globalThis.crypto.randomUUID().toLowerCase();
}

/** A multi-Region key id: `mrk-` + 32 lowercase hex (evidence `docs.key-id-forms`). */
export function newMultiRegionKeyId(): string {
  return `mrk-${bytesToHex(randomBytes(16))}`;
}

/** Fresh AES-256 key material (32 uniformly random bytes). */
export function newKeyMaterial(): Bytes {
  return randomBytes(KEY_MATERIAL_BYTES);
}

const MATERIAL_ID_LABEL = new TextEncoder().encode('kms-contract key material id v1\0');

/**
 * KeyMaterialId for some material: 64 lowercase hex (evidence `model.generate-data-key-request`), SHA-256 over a fixed label and
 * the material.
 *
 * Why a hash and not random: it is a pure function of the material, so a seeded key keeps its id
 * across restarts without storing it, and a seed whose material differs from the stored one is
 * detected by comparing ids. Why it leaks nothing useful: material from {@link newKeyMaterial} has
 * 256 bits of entropy, so SHA-256 preimages are out of reach; the label keeps the id distinct from
 * any other SHA-256 of the same bytes. A seed with guessable material (all zeros) is guessable
 * anyway, id or no id.
 */
export async function materialIdOf(material: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest(
    'SHA-256',
    concatBytes(MATERIAL_ID_LABEL, material),
  );
  return bytesToHex(new Uint8Array(digest));
}
