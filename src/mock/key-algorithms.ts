import type { components } from '../../generated/types.js';
import type { KeyUsage } from '../keystore/index.js';
import { algorithmsFor } from '../keystore/key-spec.js';

/**
 * The `KeyMetadata` member that lists a usage's algorithms. The algorithms themselves, per key
 * spec and usage, are in the key spec table (src/keystore/key-spec.ts).
 */
const ALGORITHMS_MEMBER = {
  ENCRYPT_DECRYPT: 'EncryptionAlgorithms',
  SIGN_VERIFY: 'SigningAlgorithms',
  GENERATE_VERIFY_MAC: 'MacAlgorithms',
  KEY_AGREEMENT: 'KeyAgreementAlgorithms',
} as const satisfies {
  readonly [U in KeyUsage]: keyof components['schemas']['KeyMetadata'];
};

/** The algorithm list of KeyMetadata for a key of this spec and usage (`{}` when it has none). */
export function algorithmsOf(keySpec: string, usage: KeyUsage): Record<string, readonly string[]> {
  const algorithms = algorithmsFor(keySpec, usage);
  return algorithms ? { [ALGORITHMS_MEMBER[usage]]: algorithms } : {};
}

type CustomerMasterKeySpec = components['schemas']['CustomerMasterKeySpec'];

/** The key specs the deprecated `CustomerMasterKeySpec` enum has (complete: checked by the compiler). */
const CUSTOMER_MASTER_KEY_SPECS = {
  RSA_2048: true,
  RSA_3072: true,
  RSA_4096: true,
  ECC_NIST_P256: true,
  ECC_NIST_P384: true,
  ECC_NIST_P521: true,
  ECC_SECG_P256K1: true,
  SYMMETRIC_DEFAULT: true,
  HMAC_224: true,
  HMAC_256: true,
  HMAC_384: true,
  HMAC_512: true,
  SM2: true,
} as const satisfies Record<CustomerMasterKeySpec, true>;

/**
 * KeyMetadata's deprecated `CustomerMasterKeySpec` twin of KeySpec, only for the specs its enum
 * has: the model's enum stops before Ed25519 and ML-DSA, so those keys carry KeySpec alone
 * (model: `CustomerMasterKeySpec`).
 */
export function customerMasterKeySpecOf(keySpec: string): {
  CustomerMasterKeySpec?: CustomerMasterKeySpec;
} {
  return Object.hasOwn(CUSTOMER_MASTER_KEY_SPECS, keySpec)
    ? { CustomerMasterKeySpec: keySpec as CustomerMasterKeySpec }
    : {};
}
