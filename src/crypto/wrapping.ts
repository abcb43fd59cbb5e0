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
 * HMAC key material lengths KMS imports, in bytes: from the key spec's length up to the hash's
 * block size (28–64, 32–64, 48–128, 64–128). The lower bounds are recorded: KMS imported exactly
 * 28, 32, 48 and 64 bytes (TestKMS::test_import_key_hmac_keys[HMAC_224] to [HMAC_512]). The upper
 * bounds are the AWS KMS Developer Guide's ("Importing key material", HMAC keys), not recorded; a
 * longer key would be hashed down by HMAC itself, so the bound is KMS's rule, not the algorithm's.
 */
export function importableHmacLength(spec: HmacKeySpec, length: number): boolean {
  const max = spec === 'HMAC_224' || spec === 'HMAC_256' ? 64 : 128;
  return length >= HMAC_KEY_SPECS[spec].keyBytes && length <= max;
}
