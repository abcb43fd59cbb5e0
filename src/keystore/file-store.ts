/**
 * A durable KeyStore under a data directory (node only), holding the keys of every region.
 *
 * Files: `snapshot.json` (whole state, with the generation of the last journal it includes),
 * `journal.<n>.jsonl` (one mutation per line, appended and fsynced before the write resolves) and
 * `LOCK` (pid of the owning process). A new directory gets an empty snapshot (generation 0) before
 * its first journal, so a journal without a snapshot always means lost data.
 *
 * At open, everything is checked before anything is written or deleted (recovery.ts): the
 * snapshot must exist if journals do, the journals newer than it must follow it without a gap,
 * every record must pass its checksum, and the result must be whole (no key twice, no alias to a
 * missing key). Any failure refuses to open with a {@link KeyStoreDamagedError}
 * naming the file and the problem, leaving every file as it was. Only then are the newer journals
 * folded into a new snapshot (temp file, fsync, rename, fsync of the directory) and the journals
 * it includes deleted. Files are 0600: they hold key material.
 */
import { mkdir, open, readFile, rename, rm, type FileHandle } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { applyEntry, encodeEntry, encodeSnapshot, type JournalEntry } from './journal.js';
import { assertAliasRecord, assertKeyRecord, copyAlias, copyKey } from './records.js';
import type { KeyUseLedger } from './key-uses.js';
import { inspectDataDir, journalName, SNAPSHOT, type Inspected } from './recovery.js';
import type { RegionStates } from './region-states.js';
import type { RegionalKeyStore } from './regional-store.js';
import type { KeyStore } from './store.js';

export { KeyStoreDamagedError } from './recovery.js';

export interface FileStoreOptions {
  /** Compact after this many journal lines, so replay at open stays quick. Default 1000. */
  compactAfter?: number;
  /** The region the store's own KeyStore methods act on. Default `us-east-1`. */
  region?: string;
}

/** The data directory's keys: per region through `region(name)`; the default region directly. */
export interface FileStore extends KeyStore, RegionalKeyStore {
  /**
   * Waits for queued writes, writes a snapshot when key uses changed since the last one, closes
   * the journal and releases the lock. Idempotent.
   */
  close(): Promise<void>;
  /** Each key's last use, written with every snapshot and never journalled (key-uses.ts). */
  keyUses: KeyUseLedger;
}

const LOCK = 'LOCK';
/** Directories this process has open: a LOCK naming our own pid is stale unless listed here. */
const held = new Set<string>();

const errorCode = (e: unknown): unknown => (e instanceof Error && 'code' in e ? e.code : undefined);

async function fsyncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return; // directories cannot be opened for fsync there
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function openPrivate(path: string, flags: string): Promise<FileHandle> {
  const handle = await open(path, flags, 0o600);
  await handle.chmod(0o600); // the mode argument only applies at creation
  return handle;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return errorCode(e) === 'EPERM';
  }
}

async function acquireLock(root: string): Promise<void> {
  const path = join(root, LOCK);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await openPrivate(path, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      held.add(root);
      return;
    } catch (e) {
      if (errorCode(e) !== 'EEXIST') throw e;
      const pid = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
      if (held.has(root) || (pid !== process.pid && pid > 0 && isAlive(pid))) {
        throw new Error(
          `key store ${root} is in use by process ${pid}; remove ${path} if it is not`,
          { cause: e },
        );
      }
      await rm(path, { force: true }); // stale: its process is gone (kill -9, container restart)
    }
  }
  throw new Error(`key store ${root}: could not take ${path}`);
}

/** Writes the snapshot to a temp file and fsyncs it; the caller renames it into place. */
async function writeSnapshotTemp(
  root: string,
  states: RegionStates,
  generation: number,
): Promise<string> {
  const temp = join(root, `${SNAPSHOT}.tmp`);
  const handle = await openPrivate(temp, 'w');
  try {
    await handle.writeFile(encodeSnapshot(states, generation));
    await handle.sync();
  } finally {
    await handle.close();
  }
  return temp;
}

async function openJournal(root: string, generation: number): Promise<FileHandle> {
  const handle = await openPrivate(join(root, journalName(generation)), 'a');
  // Make the new file's directory entry durable before acknowledging writes into it.
  await fsyncDir(root).catch(async (e: unknown) => {
    await handle.close();
    throw e;
  });
  return handle;
}

/**
 * Makes the inspected directory current: folds replayed journals into a new snapshot (or writes
 * the first, empty one), then deletes the journals that snapshot includes. Runs only after
 * {@link inspectDataDir} found nothing wrong.
 */
async function settle(root: string, inspected: Inspected): Promise<void> {
  await rm(join(root, `${SNAPSHOT}.tmp`), { force: true });
  if (!inspected.hasSnapshot || inspected.generation > inspected.snapshotGeneration) {
    const temp = await writeSnapshotTemp(root, inspected.states, inspected.generation);
    await rename(temp, join(root, SNAPSHOT));
    await fsyncDir(root);
  }
  for (const n of inspected.folded) await rm(join(root, journalName(n)), { force: true });
}

/**
 * Opens (creating if needed) the store in `dir`. Writes resolve only once fsynced.
 *
 * @example
 * const store = await openFileStore('/var/lib/kms-contract');
 * await store.putKey(record);
 * await store.close();
 */
export async function openFileStore(
  dir: string,
  options: FileStoreOptions = {},
): Promise<FileStore> {
  const compactAfter = options.compactAfter ?? 1000;
  const defaultRegion = options.region ?? 'us-east-1';
  const root = resolve(dir);
  await mkdir(root, { recursive: true, mode: 0o700 });
  await acquireLock(root);
  let inspected: Inspected;
  let journal: FileHandle;
  try {
    inspected = await inspectDataDir(root);
    await settle(root, inspected);
    journal = await openJournal(root, inspected.generation + 1);
  } catch (e) {
    held.delete(root);
    await rm(join(root, LOCK), { force: true });
    throw e;
  }
  const { states } = inspected;
  let generation = inspected.generation + 1;
  let lines = 0;
  let queue: Promise<unknown> = Promise.resolve();
  let failure: Error | undefined;
  let closed = false;

  /**
   * Opens the next journal before renaming the snapshot into place, so a crash at any step leaves
   * the old snapshot with both journals or the new snapshot with the new journal. Before the
   * rename, failure is harmless (retried later); after it, the new journal must be used.
   */
  async function compact(): Promise<void> {
    const nextPath = join(root, journalName(generation + 1));
    const next = await openJournal(root, generation + 1);
    // Uses recorded while the snapshot is written are in the next one.
    const usesChanged = states.uses.changed;
    states.uses.changed = false;
    try {
      await rename(await writeSnapshotTemp(root, states, generation), join(root, SNAPSHOT));
    } catch {
      await next.close();
      await rm(nextPath, { force: true });
      lines = 0;
      states.uses.changed ||= usesChanged;
      return;
    }
    const old = journal;
    [journal, generation, lines] = [next, generation + 1, 0];
    await old.close().catch(() => undefined);
    await fsyncDir(root).catch(() => undefined); // either outcome of the rename is now safe
    await rm(join(root, journalName(generation - 1)), { force: true });
  }

  function enqueue<T>(task: () => Promise<T>): Promise<T> {
    if (closed) return Promise.reject(new Error(`key store ${root} is closed`));
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  }

  /** Appends and fsyncs one entry, then applies it; runs inside the queue. */
  async function commit(entry: JournalEntry): Promise<void> {
    if (failure) throw failure;
    try {
      await journal.appendFile(encodeEntry(entry));
      await journal.sync();
    } catch (e) {
      // After a failed append or fsync the file's tail is unknown: stop rather than guess.
      failure = new Error(`key store ${root} stopped after a failed write: ${String(e)}`, {
        cause: e,
      });
      throw failure;
    }
    applyEntry(states, entry);
    lines += 1;
    // A failed compaction loses nothing (see compact); try again after another batch of writes.
    if (lines >= compactAfter) {
      await compact().catch(() => {
        lines = 0;
      });
    }
  }

  async function remove(exists: boolean, entry: JournalEntry): Promise<boolean> {
    if (exists) await commit(entry);
    return exists;
  }

  /** One region's keys, written through the shared journal. */
  function regionStore(region: string): KeyStore {
    const state = () => states.of(region);
    return {
      getKey: (keyId) => Promise.resolve(state().keys.get(keyId)).then((k) => k && copyKey(k)),
      listKeys: () => Promise.resolve([...state().keys.values()].map(copyKey)),
      getAlias: (name) => Promise.resolve(state().aliases.get(name)).then((a) => a && copyAlias(a)),
      listAliases: () => Promise.resolve([...state().aliases.values()].map(copyAlias)),
      putKey: async (record) => {
        assertKeyRecord(record);
        const key = copyKey(record);
        await enqueue(() => commit({ op: 'putKey', region, key }));
      },
      putAlias: async (record) => {
        assertAliasRecord(record);
        const alias = copyAlias(record);
        await enqueue(() => commit({ op: 'putAlias', region, alias }));
      },
      // The existence check runs inside the queue so two concurrent deletes cannot both say true.
      deleteKey: (keyId) =>
        enqueue(() => remove(state().keys.has(keyId), { op: 'deleteKey', region, keyId })),
      deleteAlias: (aliasName) =>
        enqueue(() =>
          remove(state().aliases.has(aliasName), { op: 'deleteAlias', region, aliasName }),
        ),
    };
  }

  const views = new Map<string, KeyStore>();
  const region = (name: string): KeyStore => {
    let view = views.get(name);
    if (!view) {
      view = regionStore(name);
      views.set(name, view);
    }
    return view;
  };

  return {
    ...region(defaultRegion),
    region,
    regions: () => Promise.resolve(states.regions()),
    keyUses: states.uses.ledger(),
    close: async () => {
      if (closed) return;
      await enqueue(async () => {
        if (states.uses.changed && !failure) await compact();
      }).catch(() => undefined);
      closed = true;
      await queue;
      await journal.close();
      held.delete(root);
      await rm(join(root, LOCK), { force: true });
    },
  };
}
