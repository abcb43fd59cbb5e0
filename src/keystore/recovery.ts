/**
 * Reading a data directory at open, without changing it. Every way the files can disagree with
 * each other is refused with a {@link KeyStoreDamagedError} that names the file and the problem,
 * so a damaged directory is never half-loaded and then overwritten (the snapshot written after
 * recovery would otherwise make the loss permanent).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { danglingAlias, decodeSnapshot, replayJournal } from './journal.js';
import { RegionStates } from './region-states.js';

export const SNAPSHOT = 'snapshot.json';
const JOURNAL = /^journal\.(0|[1-9]\d*)\.jsonl$/;
export const journalName = (n: number): string => `journal.${n}.jsonl`;

/** The data directory cannot be opened without losing or inventing data; nothing was changed. */
export class KeyStoreDamagedError extends Error {
  override name = 'KeyStoreDamagedError';
  constructor(
    /** The file at fault. */
    readonly file: string,
    problem: string,
  ) {
    super(
      `${file}: ${problem}. The data directory was left as it is; restore it from a backup, or move it aside to start empty.`,
    );
  }
}

export interface Inspected {
  states: RegionStates;
  hasSnapshot: boolean;
  /** The generation the snapshot on disk says it includes (0 without one). */
  snapshotGeneration: number;
  /** The generation of the state after replay: the newest journal replayed, or the snapshot's. */
  generation: number;
  /** Journals whose changes the state now holds: replayed ones, and those the snapshot includes. */
  folded: number[];
}

const errorCode = (e: unknown): unknown => (e instanceof Error && 'code' in e ? e.code : undefined);

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    if (errorCode(e) === 'ENOENT') return undefined;
    throw e;
  }
}

/**
 * Reads and checks `root`: the snapshot, then the journals newer than it, in order. Journals the
 * snapshot already includes (left by a crash right after a compaction) are not replayed.
 */
export async function inspectDataDir(root: string): Promise<Inspected> {
  const snapshotPath = join(root, SNAPSHOT);
  const journals = (await readdir(root))
    .map((name) => Number(JOURNAL.exec(name)?.[1]))
    .filter((n) => Number.isSafeInteger(n))
    .sort((a, b) => a - b);
  const text = await readIfExists(snapshotPath);
  if (text === undefined) {
    if (journals.length > 0) {
      const names = journals.map(journalName).join(', ');
      throw new KeyStoreDamagedError(
        snapshotPath,
        `missing, but ${names} exist${journals.length === 1 ? 's' : ''}: they record changes to a state that is gone`,
      );
    }
    return {
      states: new RegionStates(),
      hasSnapshot: false,
      snapshotGeneration: 0,
      generation: 0,
      folded: [],
    };
  }
  const loaded = decodeSnapshot(text);
  if (typeof loaded === 'string') throw new KeyStoreDamagedError(snapshotPath, loaded);
  const { states } = loaded;
  const pending = journals.filter((n) => n > loaded.generation);
  for (const [i, n] of pending.entries()) {
    const expected = loaded.generation + i + 1;
    if (n !== expected) {
      throw new KeyStoreDamagedError(
        join(root, journalName(n)),
        `does not follow ${SNAPSHOT} (generation ${loaded.generation}): ${journalName(expected)} is missing`,
      );
    }
  }
  for (const [i, n] of pending.entries()) {
    const path = join(root, journalName(n));
    const problem = replayJournal(states, await readFile(path, 'utf8'), i === pending.length - 1);
    if (problem) throw new KeyStoreDamagedError(path, problem);
  }
  const last = pending.at(-1);
  const whole = danglingAlias(states);
  if (whole !== undefined)
    throw new KeyStoreDamagedError(
      last === undefined ? snapshotPath : join(root, journalName(last)),
      whole,
    );
  return {
    states,
    hasSnapshot: true,
    snapshotGeneration: loaded.generation,
    generation: last ?? loaded.generation,
    folded: journals,
  };
}
