/**
 * KMS's signing algorithms (`SigningAlgorithmSpec`), the key specs each signs with, and the
 * MessageType rules of Sign and Verify (AWS KMS API Reference, Sign: "MessageType"; recorded:
 * TestKMS::test_sign_verify[RSA_2048-RSASSA_PSS_SHA_256] for the digest-length message).
 */
import type { components } from '../../generated/types.js';
import { DIGEST_BYTES, type HashName } from './digest-lengths.js';
import type { AsymmetricKeySpec } from './key-pair-specs.js';

type Schemas = components['schemas'];

/**
 * A signing algorithm the mock implements: the spec's `SigningAlgorithmSpec` but SM2DSA (SM2 is
 * refused). A value the spec adds does not compile until {@link SIGNING_ALGORITHMS} has its row.
 */
export type SigningAlgorithm = Exclude<Schemas['SigningAlgorithmSpec'], 'SM2DSA'>;

/** The spec's `MessageType`. */
export type MessageType = Schemas['MessageType'];

export type SigningFamily = 'RSA_PSS' | 'RSA_PKCS1' | 'ECDSA' | 'ED25519' | 'ED25519_PH' | 'ML_DSA';

export interface SigningAlgorithmInfo {
  family: SigningFamily;
  /** The digest a DIGEST message must be, and what RAW messages are hashed with. */
  hash?: HashName;
  messageTypes: readonly MessageType[];
}

const RAW_OR_DIGEST: readonly MessageType[] = ['RAW', 'DIGEST'];

export const SIGNING_ALGORITHMS: Readonly<Record<SigningAlgorithm, SigningAlgorithmInfo>> = {
  RSASSA_PSS_SHA_256: { family: 'RSA_PSS', hash: 'SHA-256', messageTypes: RAW_OR_DIGEST },
  RSASSA_PSS_SHA_384: { family: 'RSA_PSS', hash: 'SHA-384', messageTypes: RAW_OR_DIGEST },
  RSASSA_PSS_SHA_512: { family: 'RSA_PSS', hash: 'SHA-512', messageTypes: RAW_OR_DIGEST },
  RSASSA_PKCS1_V1_5_SHA_256: { family: 'RSA_PKCS1', hash: 'SHA-256', messageTypes: RAW_OR_DIGEST },
  RSASSA_PKCS1_V1_5_SHA_384: { family: 'RSA_PKCS1', hash: 'SHA-384', messageTypes: RAW_OR_DIGEST },
  RSASSA_PKCS1_V1_5_SHA_512: { family: 'RSA_PKCS1', hash: 'SHA-512', messageTypes: RAW_OR_DIGEST },
  ECDSA_SHA_256: { family: 'ECDSA', hash: 'SHA-256', messageTypes: RAW_OR_DIGEST },
  ECDSA_SHA_384: { family: 'ECDSA', hash: 'SHA-384', messageTypes: RAW_OR_DIGEST },
  ECDSA_SHA_512: { family: 'ECDSA', hash: 'SHA-512', messageTypes: RAW_OR_DIGEST },
  ED25519_SHA_512: { family: 'ED25519', messageTypes: ['RAW'] },
  // ED25519_SHA_512 requires RAW and ED25519_PH_SHA_512 DIGEST; "these message types cannot be
  // used interchangeably" (model: CreateKeyRequest.KeySpec, SignRequest.MessageType).
  ED25519_PH_SHA_512: { family: 'ED25519_PH', hash: 'SHA-512', messageTypes: ['DIGEST'] },
  ML_DSA_SHAKE_256: { family: 'ML_DSA', messageTypes: ['RAW', 'EXTERNAL_MU'] },
};

const RSA_SIGNING: readonly SigningAlgorithm[] = [
  'RSASSA_PSS_SHA_256',
  'RSASSA_PSS_SHA_384',
  'RSASSA_PSS_SHA_512',
  'RSASSA_PKCS1_V1_5_SHA_256',
  'RSASSA_PKCS1_V1_5_SHA_384',
  'RSASSA_PKCS1_V1_5_SHA_512',
];

/**
 * The signing algorithms of each asymmetric key spec, in KeyMetadata's order (AWS KMS Developer
 * Guide, "Key spec reference"). The one source: the KeySpec table (src/keystore/key-spec.ts) takes
 * its SIGN_VERIFY rows from here.
 */
export const SIGNING_ALGORITHMS_BY_SPEC: {
  readonly [S in AsymmetricKeySpec]: readonly SigningAlgorithm[];
} = {
  RSA_2048: RSA_SIGNING,
  RSA_3072: RSA_SIGNING,
  RSA_4096: RSA_SIGNING,
  ECC_NIST_P256: ['ECDSA_SHA_256'],
  ECC_NIST_P384: ['ECDSA_SHA_384'],
  ECC_NIST_P521: ['ECDSA_SHA_512'],
  ECC_SECG_P256K1: ['ECDSA_SHA_256'],
  ECC_NIST_EDWARDS25519: ['ED25519_SHA_512', 'ED25519_PH_SHA_512'],
  ML_DSA_44: ['ML_DSA_SHAKE_256'],
  ML_DSA_65: ['ML_DSA_SHAKE_256'],
  ML_DSA_87: ['ML_DSA_SHAKE_256'],
};

/** The signing algorithms of a key spec; none for a spec that does not sign. */
export function signingAlgorithmsOf(keySpec: string): readonly SigningAlgorithm[] {
  return Object.hasOwn(SIGNING_ALGORITHMS_BY_SPEC, keySpec)
    ? SIGNING_ALGORITHMS_BY_SPEC[keySpec as AsymmetricKeySpec]
    : [];
}

export function isSigningAlgorithm(name: string): name is SigningAlgorithm {
  return Object.hasOwn(SIGNING_ALGORITHMS, name);
}

/** Largest RAW message Sign and Verify take (model: `SignRequest.Message` max 4096). */
export const MAX_RAW_MESSAGE_BYTES = 4096;
/** An ML-DSA external mu is 64 bytes (FIPS 204 §5.2, `mu`). */
export const EXTERNAL_MU_BYTES = 64;

/**
 * Why KMS refuses this message for this algorithm (the ValidationException message), or
 * undefined when it is acceptable. The digest-length message is recorded; the others are worded
 * in the same style.
 */
export function messageProblem(
  algorithm: SigningAlgorithm,
  messageType: MessageType,
  messageLength: number,
): string | undefined {
  const info = SIGNING_ALGORITHMS[algorithm];
  if (!info.messageTypes.includes(messageType)) {
    return `MessageType ${messageType} is not supported with algorithm ${algorithm}.`;
  }
  if (messageType === 'DIGEST' && info.hash && messageLength !== DIGEST_BYTES[info.hash]) {
    return `Digest is invalid length for algorithm ${algorithm}.`;
  }
  if (messageType === 'EXTERNAL_MU' && messageLength !== EXTERNAL_MU_BYTES) {
    return `External mu is invalid length for algorithm ${algorithm}.`;
  }
  return undefined;
}
