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
  /** Base64 of 32 bytes, for SYMMETRIC_DEFAULT keys: ciphertexts then open across runs. Random when omitted. */
  readonly material?: string;
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
