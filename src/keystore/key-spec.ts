/**
 * The one table of CreateKey `KeySpec` values: the `KeyUsage` values each allows and, for each
 * usage, the algorithms `KeyMetadata` lists (AWS Developer Guide, "Key spec reference":
 * https://docs.aws.amazon.com/kms/latest/developerguide/symm-asymm-choose-key-spec.html).
 *
 * Typed by the spec's enums: a `KeySpec` without a row, a usage the spec does not define, or an
 * algorithm outside the matching enum (`SigningAlgorithmSpec` for `SIGN_VERIFY`, ...) does not
 * compile. To teach the mock more about a spec (its key pair, its signature), add a member to
 * {@link KeySpecRow} and fill it in every row.
 */
import type { components } from '../../generated/types.js';
import type { KeyUsage } from './types.js';

type Schemas = components['schemas'];

/** A CreateKey `KeySpec` value (the spec's `KeySpec` enum). */
export type KeySpec = Schemas['KeySpec'];

/** The algorithm enum of the spec that belongs to each key usage. */
interface AlgorithmOfUsage {
  ENCRYPT_DECRYPT: Schemas['EncryptionAlgorithmSpec'];
  SIGN_VERIFY: Schemas['SigningAlgorithmSpec'];
  GENERATE_VERIFY_MAC: Schemas['MacAlgorithmSpec'];
  KEY_AGREEMENT: Schemas['KeyAgreementAlgorithmSpec'];
}

/** The usages a spec allows (present keys), each with its algorithms in KeyMetadata's order. */
export type UsageAlgorithms = {
  readonly [U in Schemas['KeyUsageType']]?: readonly AlgorithmOfUsage[U][];
};

/** Everything the mock knows about one key spec. */
export interface KeySpecRow {
  readonly usages: UsageAlgorithms;
}

const RSA: KeySpecRow = {
  usages: {
    ENCRYPT_DECRYPT: ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'],
    SIGN_VERIFY: [
      'RSASSA_PSS_SHA_256',
      'RSASSA_PSS_SHA_384',
      'RSASSA_PSS_SHA_512',
      'RSASSA_PKCS1_V1_5_SHA_256',
      'RSASSA_PKCS1_V1_5_SHA_384',
      'RSASSA_PKCS1_V1_5_SHA_512',
    ],
  },
};
/** NIST curves sign with ECDSA over the curve's own hash size, and agree keys with ECDH. */
const nistCurve = (signing: Schemas['SigningAlgorithmSpec']): KeySpecRow => ({
  usages: { SIGN_VERIFY: [signing], KEY_AGREEMENT: ['ECDH'] },
});
const hmac = (mac: Schemas['MacAlgorithmSpec']): KeySpecRow => ({
  usages: { GENERATE_VERIFY_MAC: [mac] },
});
const ML_DSA: KeySpecRow = { usages: { SIGN_VERIFY: ['ML_DSA_SHAKE_256'] } };

/** Every KeySpec of the spec, in the order error messages list them. */
export const KEY_SPEC_TABLE: { readonly [S in KeySpec]: KeySpecRow } = {
  SYMMETRIC_DEFAULT: { usages: { ENCRYPT_DECRYPT: ['SYMMETRIC_DEFAULT'] } },
  RSA_2048: RSA,
  RSA_3072: RSA,
  RSA_4096: RSA,
  ECC_NIST_P256: nistCurve('ECDSA_SHA_256'),
  ECC_NIST_P384: nistCurve('ECDSA_SHA_384'),
  ECC_NIST_P521: nistCurve('ECDSA_SHA_512'),
  ECC_SECG_P256K1: { usages: { SIGN_VERIFY: ['ECDSA_SHA_256'] } },
  ECC_NIST_EDWARDS25519: { usages: { SIGN_VERIFY: ['ED25519_SHA_512', 'ED25519_PH_SHA_512'] } },
  HMAC_224: hmac('HMAC_SHA_224'),
  HMAC_256: hmac('HMAC_SHA_256'),
  HMAC_384: hmac('HMAC_SHA_384'),
  HMAC_512: hmac('HMAC_SHA_512'),
  SM2: {
    usages: { ENCRYPT_DECRYPT: ['SM2PKE'], SIGN_VERIFY: ['SM2DSA'], KEY_AGREEMENT: ['ECDH'] },
  },
  ML_DSA_44: ML_DSA,
  ML_DSA_65: ML_DSA,
  ML_DSA_87: ML_DSA,
};

/** Every CreateKey KeySpec value. */
export const KEY_SPECS: readonly KeySpec[] = Object.freeze(
  Object.keys(KEY_SPEC_TABLE).filter(isKeySpec),
);

/** Every CreateKey KeyUsage value, in the order messages list them. */
export const KEY_USAGES = Object.freeze([
  'ENCRYPT_DECRYPT',
  'SIGN_VERIFY',
  'GENERATE_VERIFY_MAC',
  'KEY_AGREEMENT',
] as const satisfies readonly KeyUsage[]);

/** Compiles only while {@link KEY_USAGES} lists every value of the spec's `KeyUsageType`. */
type Complete<Listed, All> = [Exclude<All, Listed>] extends [never] ? true : never;
const _allUsagesListed: Complete<(typeof KEY_USAGES)[number], Schemas['KeyUsageType']> = true;

/** True when `value` is a KeySpec of the table (own keys only: `toString` is not a spec). */
export function isKeySpec(value: unknown): value is KeySpec {
  return typeof value === 'string' && Object.hasOwn(KEY_SPEC_TABLE, value);
}

/** The usages a key spec allows, in {@link KEY_USAGES} order, or undefined for an unknown spec. */
export function usagesForKeySpec(keySpec: string): readonly KeyUsage[] | undefined {
  if (!isKeySpec(keySpec)) return undefined;
  const { usages } = KEY_SPEC_TABLE[keySpec];
  return KEY_USAGES.filter((usage) => usages[usage] !== undefined);
}

/** The algorithms `KeyMetadata` lists for a key of this spec and usage (undefined: none). */
export function algorithmsFor(keySpec: string, usage: KeyUsage): readonly string[] | undefined {
  if (!isKeySpec(keySpec)) return undefined;
  const { usages } = KEY_SPEC_TABLE[keySpec];
  return Object.hasOwn(usages, usage) ? usages[usage] : undefined;
}
