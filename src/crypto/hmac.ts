/**
 * GenerateMac and VerifyMac: HMAC (RFC 2104) with SHA-224/256/384/512. SHA-256/384/512 run on
 * WebCrypto; WebCrypto has no SHA-224, so HMAC_SHA_224 runs on @noble/hashes, loaded on first use
 * (only HMAC_224 keys need it).
 */
import type { components } from '../../generated/types.js';
import { asBytes, bytesEqual, type Bytes } from './bytes.js';
import { importDerKey } from './imported-keys.js';
import { randomBytes } from './random.js';

/** The spec's `MacAlgorithmSpec`. */
export type MacAlgorithm = components['schemas']['MacAlgorithmSpec'];
/** The spec's HMAC `KeySpec` values: a new one does not compile until {@link HMAC_KEY_SPECS} has it. */
export type HmacKeySpec = Extract<components['schemas']['KeySpec'], `HMAC_${string}`>;

/** Key spec → its one MAC algorithm and key length in bytes (KMS Developer Guide, "HMAC key specs"). */
export const HMAC_KEY_SPECS: Readonly<
  Record<HmacKeySpec, { algorithm: MacAlgorithm; keyBytes: number }>
> = {
  HMAC_224: { algorithm: 'HMAC_SHA_224', keyBytes: 28 },
  HMAC_256: { algorithm: 'HMAC_SHA_256', keyBytes: 32 },
  HMAC_384: { algorithm: 'HMAC_SHA_384', keyBytes: 48 },
  HMAC_512: { algorithm: 'HMAC_SHA_512', keyBytes: 64 },
};

const WEB_CRYPTO_HASH: Readonly<Record<MacAlgorithm, string | undefined>> = {
  HMAC_SHA_224: undefined,
  HMAC_SHA_256: 'SHA-256',
  HMAC_SHA_384: 'SHA-384',
  HMAC_SHA_512: 'SHA-512',
};

export function isHmacKeySpec(spec: string): spec is HmacKeySpec {
  return Object.hasOwn(HMAC_KEY_SPECS, spec);
}

/** Fresh HMAC key material of the spec's length. */
export function newHmacKey(spec: HmacKeySpec): Bytes {
  return randomBytes(HMAC_KEY_SPECS[spec].keyBytes);
}

/**
 * The MAC of `message` under `key`.
 *
 * @example
 * const mac = await computeMac('HMAC_SHA_256', key, new TextEncoder().encode('hello'));
 */
export async function computeMac(
  algorithm: MacAlgorithm,
  key: Uint8Array,
  message: Uint8Array,
): Promise<Bytes> {
  const hash = WEB_CRYPTO_HASH[algorithm];
  if (hash === undefined) {
    const [{ hmac }, { sha224 }] = await Promise.all([
      import('@noble/hashes/hmac.js'),
      import('@noble/hashes/sha2.js'),
    ]);
    return asBytes(hmac(sha224, key, message));
  }
  // importDerKey caches by content; 'raw' is imported the same way.
  const imported = await importDerKey('raw', key, { name: 'HMAC', hash }, ['sign']);
  return new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', imported, asBytes(message)));
}

/** True when `mac` is the MAC of `message` under `key`. */
export async function verifyMac(
  algorithm: MacAlgorithm,
  key: Uint8Array,
  message: Uint8Array,
  mac: Uint8Array,
): Promise<boolean> {
  return bytesEqual(await computeMac(algorithm, key, message), mac);
}
