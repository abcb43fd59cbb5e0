/**
 * The wrapping algorithms and wrapping key specs of GetParametersForImport that the mock serves,
 * and the rules on imported material that need no cryptography (key-import.ts does the rest).
 */
import { HMAC_KEY_SPECS, type HmacKeySpec } from './hmac.js';

export type WrappingAlgorithm =
  'RSAES_OAEP_SHA_1' | 'RSAES_OAEP_SHA_256' | 'RSA_AES_KEY_WRAP_SHA_1' | 'RSA_AES_KEY_WRAP_SHA_256';

export type WrappingKeySpec = 'RSA_2048' | 'RSA_3072' | 'RSA_4096';

/** The RSAES-OAEP scheme each wrapping algorithm encrypts (the AES key, or the material) with. */
export const OAEP_OF = {
  RSAES_OAEP_SHA_1: 'RSAES_OAEP_SHA_1',
  RSAES_OAEP_SHA_256: 'RSAES_OAEP_SHA_256',
  RSA_AES_KEY_WRAP_SHA_1: 'RSAES_OAEP_SHA_1',
  RSA_AES_KEY_WRAP_SHA_256: 'RSAES_OAEP_SHA_256',
} as const;

export function isWrappingAlgorithm(name: string): name is WrappingAlgorithm {
  return Object.hasOwn(OAEP_OF, name);
}

/**
 * HMAC key material lengths KMS imports, in bytes (AWS KMS Developer Guide, "Importing key
 * material", HMAC keys): from the key spec's length up to the hash's block size.
 */
export function importableHmacLength(spec: HmacKeySpec, length: number): boolean {
  const max = spec === 'HMAC_224' || spec === 'HMAC_256' ? 64 : 128;
  return length >= HMAC_KEY_SPECS[spec].keyBytes && length <= max;
}
