/**
 * The one table of CreateKey `KeySpec` values: the `KeyUsage` values each allows and, for each
 * usage, the algorithms `KeyMetadata` lists (AWS Developer Guide, "Key spec reference":
 * https://docs.aws.amazon.com/kms/latest/developerguide/symm-asymm-choose-key-spec.html).
 *
 * Typed by the spec's enums: a `KeySpec` without a row, a usage the spec does not define, or an
 * algorithm outside the matching enum (`SigningAlgorithmSpec` for `SIGN_VERIFY`, ...) does not
 * compile. To teach the mock more about a spec (its key pair, its signature), add a member to
 * {@link KeySpecRow} and fill it in every row. The signing and MAC algorithms come from the tables
 * the cryptography runs on (src/crypto), so the two cannot disagree.
 */
import type { components } from '../../generated/types.js';
import { HMAC_KEY_SPECS, type HmacKeySpec } from '../crypto/hmac.js';
import { SIGNING_ALGORITHMS_BY_SPEC } from '../crypto/signing-algorithms.js';
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

const SIGNING = SIGNING_ALGORITHMS_BY_SPEC;
const rsa = (spec: 'RSA_2048' | 'RSA_3072' | 'RSA_4096'): KeySpecRow => ({
  usages: {
    ENCRYPT_DECRYPT: ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'],
    SIGN_VERIFY: SIGNING[spec],
  },
});
/** NIST curves sign with ECDSA over the curve's own hash size, and agree keys with ECDH. */
const nistCurve = (spec: 'ECC_NIST_P256' | 'ECC_NIST_P384' | 'ECC_NIST_P521'): KeySpecRow => ({
  usages: { SIGN_VERIFY: SIGNING[spec], KEY_AGREEMENT: ['ECDH'] },
});
const hmac = (spec: HmacKeySpec): KeySpecRow => ({
  usages: { GENERATE_VERIFY_MAC: [HMAC_KEY_SPECS[spec].algorithm] },
});
const signOnly = (
  spec: 'ECC_SECG_P256K1' | 'ECC_NIST_EDWARDS25519' | 'ML_DSA_44' | 'ML_DSA_65' | 'ML_DSA_87',
): KeySpecRow => ({
  usages: { SIGN_VERIFY: SIGNING[spec] },
});

/** Every KeySpec of the spec, in the order error messages list them. */
export const KEY_SPEC_TABLE: { readonly [S in KeySpec]: KeySpecRow } = {
  SYMMETRIC_DEFAULT: { usages: { ENCRYPT_DECRYPT: ['SYMMETRIC_DEFAULT'] } },
  RSA_2048: rsa('RSA_2048'),
  RSA_3072: rsa('RSA_3072'),
  RSA_4096: rsa('RSA_4096'),
  ECC_NIST_P256: nistCurve('ECC_NIST_P256'),
  ECC_NIST_P384: nistCurve('ECC_NIST_P384'),
  ECC_NIST_P521: nistCurve('ECC_NIST_P521'),
  ECC_SECG_P256K1: signOnly('ECC_SECG_P256K1'),
  ECC_NIST_EDWARDS25519: signOnly('ECC_NIST_EDWARDS25519'),
  HMAC_224: hmac('HMAC_224'),
  HMAC_256: hmac('HMAC_256'),
  HMAC_384: hmac('HMAC_384'),
  HMAC_512: hmac('HMAC_512'),
  SM2: {
    usages: { ENCRYPT_DECRYPT: ['SM2PKE'], SIGN_VERIFY: ['SM2DSA'], KEY_AGREEMENT: ['ECDH'] },
  },
  ML_DSA_44: signOnly('ML_DSA_44'),
  ML_DSA_65: signOnly('ML_DSA_65'),
  ML_DSA_87: signOnly('ML_DSA_87'),
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
