/**
 * The storage interface the mock talks to. Every method returns a promise so a durable store can
 * fsync before it acknowledges a write. Stores are dumb: they keep what they are given and check
 * only record shape; KMS rules (states, alias targets) live in the mock.
 */
import type { AliasRecord, KeyRecord } from './types.js';

export interface KeyStore {
  /** A copy of the key, or undefined. */
  getKey(keyId: string): Promise<KeyRecord | undefined>;
  /** Creates or replaces a key; an update keeps the key's place in {@link listKeys}. */
  putKey(record: KeyRecord): Promise<void>;
  /** Removes a key for good (after its deletion date); true when it existed. */
  deleteKey(keyId: string): Promise<boolean>;
  /** Copies of all keys, in creation order. */
  listKeys(): Promise<KeyRecord[]>;
  getAlias(aliasName: string): Promise<AliasRecord | undefined>;
  /** Creates or replaces an alias; an update keeps the alias's place in {@link listAliases}. */
  putAlias(record: AliasRecord): Promise<void>;
  /** True when the alias existed. */
  deleteAlias(aliasName: string): Promise<boolean>;
  /** Copies of all aliases, in creation order. */
  listAliases(): Promise<AliasRecord[]>;
}
