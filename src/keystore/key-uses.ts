/**
 * The last cryptographic use of each key (what GetKeyLastUsage reports), as a durable store keeps
 * it: in memory beside the keys, written with the snapshot (at each compaction and at a clean
 * close), never journalled, so recording a use costs a map write and no I/O. After a crash the
 * uses since the last snapshot are lost; the keys themselves never are.
 */

/** One key's last use: the operation name and when (epoch seconds). */
export interface KeyUse {
  operation: string;
  at: number;
}

/** What a store that keeps key uses offers the mock (the durable store does; memory needs none). */
export interface KeyUseLedger {
  /**
   * When tracking began: the first start of this store, kept with it. The first call on a store
   * that has none records `now` and returns it.
   */
  trackingSince(now: number): number;
  record(region: string, keyId: string, use: KeyUse): void;
  last(region: string, keyId: string): KeyUse | undefined;
}

/** Key uses by Region, and the tracking start; the part of the durable state that is not journalled. */
export class KeyUses {
  readonly #byRegion = new Map<string, Map<string, KeyUse>>();
  trackingSince: number | undefined;
  /** Set by every change since the last snapshot was written. */
  changed = false;

  of(region: string): Map<string, KeyUse> {
    let uses = this.#byRegion.get(region);
    if (!uses) {
      uses = new Map();
      this.#byRegion.set(region, uses);
    }
    return uses;
  }

  entries(): IterableIterator<[string, Map<string, KeyUse>]> {
    return this.#byRegion.entries();
  }

  /** The ledger view the store hands out. */
  ledger(): KeyUseLedger {
    return {
      trackingSince: (now) => {
        if (this.trackingSince === undefined) {
          this.trackingSince = now;
          this.changed = true;
        }
        return this.trackingSince;
      },
      record: (region, keyId, use) => {
        this.of(region).set(keyId, { operation: use.operation, at: use.at });
        this.changed = true;
      },
      last: (region, keyId) => {
        const use = this.#byRegion.get(region)?.get(keyId);
        return use && { ...use };
      },
    };
  }
}
