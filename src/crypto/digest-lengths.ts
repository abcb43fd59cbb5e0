/**
 * The hashes of KMS's algorithms by name, and their digest lengths: what request validation needs
 * (a DIGEST message's length, RSA-OAEP's plaintext limit) without loading a hash implementation.
 */
export type HashName = 'SHA-1' | 'SHA-224' | 'SHA-256' | 'SHA-384' | 'SHA-512';

/** Digest length in bytes (FIPS 180-4). */
export const DIGEST_BYTES: Readonly<Record<HashName, number>> = {
  'SHA-1': 20,
  'SHA-224': 28,
  'SHA-256': 32,
  'SHA-384': 48,
  'SHA-512': 64,
};
