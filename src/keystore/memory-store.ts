/**
 * A Map-backed KeyStore: browser-safe, state lives as long as the object. Maps keep insertion order
 * and `set` on an existing key keeps its place, which gives creation order for free.
 */
import { assertAliasRecord, assertKeyRecord, copyAlias, copyKey } from './records.js';
import type { KeyStore } from './store.js';
import type { AliasRecord, KeyRecord } from './types.js';

/** The in-memory state shared by the memory store and the file store's replay. */
export class StoreState {
  readonly keys = new Map<string, KeyRecord>();
  readonly aliases = new Map<string, AliasRecord>();

  putKey(record: KeyRecord): void {
    this.keys.set(record.keyId, copyKey(record));
  }

  putAlias(record: AliasRecord): void {
    this.aliases.set(record.aliasName, copyAlias(record));
  }
}

/**
 * Creates an empty in-memory store.
 *
 * @example
 * const store = createMemoryStore();
 * await store.putKey(record);
 * const again = await store.getKey(record.keyId);
 */
export function createMemoryStore(): KeyStore {
  const state = new StoreState();
  return {
    getKey: (keyId) => {
      const found = state.keys.get(keyId);
      return Promise.resolve(found && copyKey(found));
    },
    putKey: async (record) => {
      assertKeyRecord(record);
      state.putKey(record);
    },
    deleteKey: (keyId) => Promise.resolve(state.keys.delete(keyId)),
    listKeys: () => Promise.resolve([...state.keys.values()].map(copyKey)),
    getAlias: (aliasName) => {
      const found = state.aliases.get(aliasName);
      return Promise.resolve(found && copyAlias(found));
    },
    putAlias: async (record) => {
      assertAliasRecord(record);
      state.putAlias(record);
    },
    deleteAlias: (aliasName) => Promise.resolve(state.aliases.delete(aliasName)),
    listAliases: () => Promise.resolve([...state.aliases.values()].map(copyAlias)),
  };
}
