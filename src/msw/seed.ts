import { formatSeedIssues, validateSeed, type Seed } from '../keystore/index.js';

/**
 * Keys with fixed ids (and, optionally, fixed key material) and aliases to create in the mock: the
 * seed file format of `kms-contract serve --seed` (src/keystore/seed.ts), as an object.
 */
export interface SeedDocument {
  readonly keys?: readonly SeedDocumentKey[];
  readonly aliases?: readonly { readonly name: string; readonly targetKeyId: string }[];
}

export interface SeedDocumentKey {
  /** A key id: a lower-case UUID, or `mrk-` and 32 hex digits for a multi-Region key. */
  readonly id: string;
  /** The key's Region (its aliases live there too). Default: the mock's `region`. */
  readonly region?: string;
  /**
   * Base64 of the key bytes: 32 for SYMMETRIC_DEFAULT keys (ciphertexts then open across runs), the
   * hash's length for HMAC keys (28, 32, 48 or 64: MACs then repeat). Random when omitted.
   */
  readonly material?: string;
  /**
   * An asymmetric key's private key (RSA, ECC, Ed25519, ML-DSA), PKCS#8 as PEM
   * (`-----BEGIN PRIVATE KEY-----`) or as base64 of the DER, of the key's keySpec: signatures and
   * public keys then repeat across runs. Random when omitted. Text that is no such key is refused
   * by createKmsMock; a key of another spec when the mock starts (reset() rejects with
   * KmsSeedError, requests fail with KMSInternalException), since checking it needs the key-pair
   * code a page loads on first use.
   */
  readonly privateKey?: string;
  readonly description?: string;
  /** Default SYMMETRIC_DEFAULT. */
  readonly keySpec?: string;
  /** Required unless keySpec is SYMMETRIC_DEFAULT. */
  readonly keyUsage?: string;
  /** Default Enabled. */
  readonly state?: 'Enabled' | 'Disabled' | 'PendingDeletion';
  /** 7 to 30, only with state PendingDeletion. */
  readonly pendingWindowInDays?: number;
}

/** Thrown by createKmsMock for a seed that is not valid, with one line per problem. */
export class KmsSeedError extends Error {
  override readonly name = 'KmsSeedError';
}

/** Validates a seed document up front, so a bad seed fails where the mock is created, not in a request. */
export function checkedSeed(document: SeedDocument | undefined): Seed | undefined {
  if (document === undefined) return undefined;
  const result = validateSeed(document);
  if (!result.ok)
    throw new KmsSeedError(`The KMS mock seed is not valid:\n${formatSeedIssues(result.issues)}`);
  return result.seed;
}
