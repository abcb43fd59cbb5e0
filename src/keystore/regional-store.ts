/**
 * KMS keys are regional: a key and its aliases exist in one region only, and the same alias name
 * may exist in several (AWS Developer Guide, "Multi-Region keys" and "Aliases"). A regional store
 * hands out one {@link KeyStore} per region; the mock scopes every request to its region's store.
 */
import type { KeyUseLedger } from './key-uses.js';
import { createMemoryStore } from './memory-store.js';
import type { KeyStore } from './store.js';

export interface RegionalKeyStore {
  /** The keys and aliases of `region` (empty until something is written there). */
  region(name: string): KeyStore;
  /** The regions that hold keys or aliases. */
  regions(): Promise<string[]>;
  /** Where a durable store keeps each key's last use (GetKeyLastUsage); absent in memory. */
  keyUses?: KeyUseLedger;
}

export function isRegionalKeyStore(store: KeyStore | RegionalKeyStore): store is RegionalKeyStore {
  return typeof (store as Partial<RegionalKeyStore>).region === 'function';
}

/**
 * Regions in memory, each a {@link createMemoryStore}. `initial` stores may be given for some
 * regions (a single-region store passed to the engine becomes its default region's store).
 *
 * @example
 * const stores = createRegionalMemoryStore();
 * await stores.region('eu-west-1').putKey(record);
 */
export function createRegionalMemoryStore(
  initial: Readonly<Record<string, KeyStore>> = {},
): RegionalKeyStore {
  const stores = new Map<string, KeyStore>(Object.entries(initial));
  return {
    region(name) {
      let store = stores.get(name);
      if (!store) {
        store = createMemoryStore();
        stores.set(name, store);
      }
      return store;
    },
    async regions() {
      const used: string[] = [];
      for (const [name, store] of stores) {
        const [keys, aliases] = await Promise.all([store.listKeys(), store.listAliases()]);
        if (keys.length > 0 || aliases.length > 0) used.push(name);
      }
      return used;
    },
  };
}
