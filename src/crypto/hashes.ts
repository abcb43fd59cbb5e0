/**
 * The hash functions of KMS's algorithms, synchronous (@noble/hashes) so that digest-mode signing,
 * MGF1 and HMAC-SHA-224 (which WebCrypto lacks) run the same in browsers and Node.
 */
import { sha1 } from '@noble/hashes/legacy.js';
import { sha224, sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import type { HashName } from './digest-lengths.js';

export type { HashName } from './digest-lengths.js';

export interface Hash {
  name: HashName;
  /** Digest length in bytes. */
  size: number;
  digest(data: Uint8Array): Uint8Array;
}

const make = (name: HashName, fn: { (data: Uint8Array): Uint8Array; outputLen: number }): Hash => ({
  name,
  size: fn.outputLen,
  digest: (data) => fn(data),
});

export const HASHES: Readonly<Record<HashName, Hash>> = {
  'SHA-1': make('SHA-1', sha1),
  'SHA-224': make('SHA-224', sha224),
  'SHA-256': make('SHA-256', sha256),
  'SHA-384': make('SHA-384', sha384),
  'SHA-512': make('SHA-512', sha512),
};
