/**
 * AES-256-GCM through WebCrypto `crypto.subtle`, with 12-byte random IVs and 16-byte tags.
 *
 * Random 96-bit IVs are safe for up to 2^32 messages per key (NIST SP 800-38D §8.3), far beyond
 * what a mock ever sees.
 */
import { asBytes, bytesToHex, type Bytes } from './bytes.js';
import { KEY_MATERIAL_BYTES, randomBytes } from './random.js';

export const IV_BYTES = 12;
export const TAG_BYTES = 16;

export interface Sealed {
  iv: Bytes;
  /** Ciphertext followed by the 16-byte tag. */
  ciphertext: Bytes;
}

/**
 * The AES-256-GCM primitive behind {@link seal} and {@link open}, passed by whoever builds the
 * engine (never a process-wide switch). WebCrypto is the default, so the engine runs unchanged in
 * browsers; a server may pass a faster one of the same algorithm (node:crypto's is about 3x cheaper
 * per call than WebCrypto's job queue: `npm run bench`). Blobs sealed by one backend open with the
 * other (test/server/aes-gcm-backends.test.ts).
 */
export interface AesGcmBackend {
  encrypt(material: Bytes, iv: Bytes, plaintext: Bytes, aad: Bytes): Promise<Bytes> | Bytes;
  /** Undefined when authentication fails. */
  decrypt(
    material: Bytes,
    iv: Bytes,
    ciphertextAndTag: Bytes,
    aad: Bytes,
  ): Promise<Bytes | undefined> | Bytes | undefined;
}

/** AES-256-GCM through WebCrypto `crypto.subtle`: available in Node and in browsers. */
export const webCryptoAesGcm: AesGcmBackend = {
  async encrypt(material, iv, plaintext, aad) {
    const key = await importAesKey(material);
    const params = { name: 'AES-GCM', iv, additionalData: aad, tagLength: TAG_BYTES * 8 };
    return new Uint8Array(await globalThis.crypto.subtle.encrypt(params, key, plaintext));
  },
  async decrypt(material, iv, ciphertext, aad) {
    try {
      const key = await importAesKey(material);
      const params = { name: 'AES-GCM', iv, additionalData: aad, tagLength: TAG_BYTES * 8 };
      return new Uint8Array(await globalThis.crypto.subtle.decrypt(params, key, ciphertext));
    } catch {
      return undefined;
    }
  },
};

/**
 * importKey is slow next to a 32-byte encryption, so keys are cached. The cache is keyed by the
 * material's content, not its identity: key stores hand out copies, so a WeakMap on the array would
 * miss every time, and content keys cannot go stale if a caller reuses an array. Bounded so that
 * many short-lived keys (tests, property runs) cannot grow it without limit.
 */
const KEY_CACHE_LIMIT = 256;
const keyCache = new Map<string, Promise<CryptoKey>>();

function importAesKey(material: Uint8Array): Promise<CryptoKey> {
  const cacheKey = bytesToHex(material);
  const cached = keyCache.get(cacheKey);
  if (cached) return cached;
  const imported = globalThis.crypto.subtle.importKey(
    'raw',
    asBytes(material),
    { name: 'AES-GCM' },
    false,
    ['encrypt', 'decrypt'],
  );
  imported.catch(() => keyCache.delete(cacheKey));
  if (keyCache.size >= KEY_CACHE_LIMIT) {
    const oldest = keyCache.keys().next();
    if (!oldest.done) keyCache.delete(oldest.value);
  }
  keyCache.set(cacheKey, imported);
  return imported;
}

/**
 * Encrypts `plaintext` under 32 bytes of key material, authenticating `aad` too.
 *
 * @throws RangeError when the material is not 32 bytes.
 */
export async function seal(
  material: Uint8Array,
  plaintext: Uint8Array,
  aad: Uint8Array,
  backend: AesGcmBackend = webCryptoAesGcm,
): Promise<Sealed> {
  if (material.length !== KEY_MATERIAL_BYTES) throw new RangeError('key material must be 32 bytes');
  const iv = randomBytes(IV_BYTES);
  const ciphertext = await backend.encrypt(asBytes(material), iv, asBytes(plaintext), asBytes(aad));
  return { iv, ciphertext };
}

/**
 * Decrypts and verifies; undefined on authentication failure or any malformed input. Never throws.
 */
export async function open(
  material: Uint8Array,
  iv: Uint8Array,
  ciphertext: Uint8Array,
  aad: Uint8Array,
  backend: AesGcmBackend = webCryptoAesGcm,
): Promise<Bytes | undefined> {
  if (material.length !== KEY_MATERIAL_BYTES || iv.length !== IV_BYTES) return undefined;
  if (ciphertext.length < TAG_BYTES) return undefined;
  try {
    return await backend.decrypt(asBytes(material), asBytes(iv), asBytes(ciphertext), asBytes(aad));
  } catch {
    return undefined;
  }
}
