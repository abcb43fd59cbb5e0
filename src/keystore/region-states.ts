/**
 * The in-memory state of every region, as the durable store keeps it: one StoreState per region,
 * created on first use, in first-use order.
 */
import { KeyUses } from './key-uses.js';
import { StoreState } from './memory-store.js';

export class RegionStates {
  readonly #states = new Map<string, StoreState>();
  /** Each key's last use, kept with the snapshot only (key-uses.ts). */
  readonly uses = new KeyUses();

  /** The state of `region`, created empty on first use. */
  of(region: string): StoreState {
    let state = this.#states.get(region);
    if (!state) {
      state = new StoreState();
      this.#states.set(region, state);
    }
    return state;
  }

  entries(): IterableIterator<[string, StoreState]> {
    return this.#states.entries();
  }

  /** Regions that hold at least one key or alias. */
  regions(): string[] {
    return [...this.#states]
      .filter(([, s]) => s.keys.size > 0 || s.aliases.size > 0)
      .map(([region]) => region);
  }
}
