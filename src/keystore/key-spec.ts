/**
 * KeySpec values and the KeyUsage each allows (kms-facts §9 for the lists; the pairings follow the
 * AWS Developer Guide "Key spec reference").
 */
import type { KeyUsage } from './types.js';

const ENCRYPT: KeyUsage = 'ENCRYPT_DECRYPT';
const SIGN: KeyUsage = 'SIGN_VERIFY';
const AGREE: KeyUsage = 'KEY_AGREEMENT';

const USAGES_BY_SPEC: Readonly<Record<string, readonly KeyUsage[]>> = {
  SYMMETRIC_DEFAULT: [ENCRYPT],
  RSA_2048: [ENCRYPT, SIGN],
  RSA_3072: [ENCRYPT, SIGN],
  RSA_4096: [ENCRYPT, SIGN],
  ECC_NIST_P256: [SIGN, AGREE],
  ECC_NIST_P384: [SIGN, AGREE],
  ECC_NIST_P521: [SIGN, AGREE],
  ECC_SECG_P256K1: [SIGN],
  ECC_NIST_EDWARDS25519: [SIGN],
  HMAC_224: ['GENERATE_VERIFY_MAC'],
  HMAC_256: ['GENERATE_VERIFY_MAC'],
  HMAC_384: ['GENERATE_VERIFY_MAC'],
  HMAC_512: ['GENERATE_VERIFY_MAC'],
  SM2: [ENCRYPT, SIGN, AGREE],
  ML_DSA_44: [SIGN],
  ML_DSA_65: [SIGN],
  ML_DSA_87: [SIGN],
};

/** Every CreateKey KeySpec value. */
export const KEY_SPECS: readonly string[] = Object.freeze(Object.keys(USAGES_BY_SPEC));

export const KEY_USAGES: readonly KeyUsage[] = Object.freeze([
  ENCRYPT,
  SIGN,
  'GENERATE_VERIFY_MAC',
  AGREE,
]);

/** The usages a key spec allows, or undefined for an unknown spec. */
export function usagesForKeySpec(keySpec: string): readonly KeyUsage[] | undefined {
  return Object.hasOwn(USAGES_BY_SPEC, keySpec) ? USAGES_BY_SPEC[keySpec] : undefined;
}
