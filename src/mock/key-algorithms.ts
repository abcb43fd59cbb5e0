import type { KeyUsage } from '../keystore/index.js';

/**
 * The algorithms DescribeKey lists for each CreateKey KeySpec (AWS Developer Guide, "Key spec
 * reference"; kms-facts §9). Which usages a spec allows lives in the key store (`usagesForKeySpec`).
 */
interface SpecInfo {
  encryption?: readonly string[];
  signing?: readonly string[];
  mac?: readonly string[];
  agreement?: readonly string[];
}

const RSA_ENCRYPTION = ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'];
const RSA_SIGNING = [
  'RSASSA_PSS_SHA_256',
  'RSASSA_PSS_SHA_384',
  'RSASSA_PSS_SHA_512',
  'RSASSA_PKCS1_V1_5_SHA_256',
  'RSASSA_PKCS1_V1_5_SHA_384',
  'RSASSA_PKCS1_V1_5_SHA_512',
];
const rsa: SpecInfo = { encryption: RSA_ENCRYPTION, signing: RSA_SIGNING };
const ecc = (hash: string): SpecInfo => ({ signing: [`ECDSA_${hash}`], agreement: ['ECDH'] });
const hmac = (bits: number): SpecInfo => ({ mac: [`HMAC_SHA_${bits}`] });

const ALGORITHMS: Record<string, SpecInfo> = {
  SYMMETRIC_DEFAULT: { encryption: ['SYMMETRIC_DEFAULT'] },
  RSA_2048: rsa,
  RSA_3072: rsa,
  RSA_4096: rsa,
  ECC_NIST_P256: ecc('SHA_256'),
  ECC_NIST_P384: ecc('SHA_384'),
  ECC_NIST_P521: ecc('SHA_512'),
  ECC_SECG_P256K1: { signing: ['ECDSA_SHA_256'] },
  ECC_NIST_EDWARDS25519: { signing: ['ED25519_SHA_512', 'ED25519_PH_SHA_512'] },
  HMAC_224: hmac(224),
  HMAC_256: hmac(256),
  HMAC_384: hmac(384),
  HMAC_512: hmac(512),
  SM2: { encryption: ['SM2PKE'], signing: ['SM2DSA'], agreement: ['ECDH'] },
  ML_DSA_44: { signing: ['ML_DSA_SHAKE_256'] },
  ML_DSA_65: { signing: ['ML_DSA_SHAKE_256'] },
  ML_DSA_87: { signing: ['ML_DSA_SHAKE_256'] },
};

/** The algorithm lists of KeyMetadata for a key of this spec and usage. */
export function algorithmsOf(keySpec: string, usage: KeyUsage): Record<string, readonly string[]> {
  const info = ALGORITHMS[keySpec];
  if (!info) return {};
  switch (usage) {
    case 'ENCRYPT_DECRYPT':
      return info.encryption ? { EncryptionAlgorithms: info.encryption } : {};
    case 'SIGN_VERIFY':
      return info.signing ? { SigningAlgorithms: info.signing } : {};
    case 'GENERATE_VERIFY_MAC':
      return info.mac ? { MacAlgorithms: info.mac } : {};
    case 'KEY_AGREEMENT':
      return info.agreement ? { KeyAgreementAlgorithms: info.agreement } : {};
    default:
      return {};
  }
}
