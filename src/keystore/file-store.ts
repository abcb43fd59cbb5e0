/**
 * A durable KeyStore under a data directory (node only).
 *
 * Files: `snapshot.json` (whole state, with the generation of the last journal it includes),
 * `journal.<n>.jsonl` (one mutation per line, appended and fsynced before the write resolves) and
 * `LOCK` (pid of the owning process). At open, journals newer than the snapshot are replayed, a
 * torn last line (the only kind a crash can leave, since every acknowledged line was fsynced) is
 * dropped, the result is written as a new snapshot (temp file, fsync, rename, fsync of the
 * directory) and the folded journals are deleted. Files are 0600: they hold key material.
 */
import { mkdir, open, readdir, readFile, rename, rm, type FileHandle } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  applyEntry,
  decodeSnapshot,
  encodeEntry,
  encodeSnapshot,
  replayJournal,
  type JournalEntry,
} from './journal.js';
import { StoreState } from './memory-store.js';
import { assertAliasRecord, assertKeyRecord, copyAlias, copyKey } from './records.js';
import type { KeyStore } from './store.js';

export interface FileStoreOptions {
  /** Compact after this many journal lines, so replay at open stays quick. Default 1000. */
  compactAfter?: number;
}

export interface FileStore extends KeyStore {
  /** Waits for queued writes, closes the journal and releases the lock. Idempotent. */
  close(): Promise<void>;
}

const SNAPSHOT = 'snapshot.json';
const LOCK = 'LOCK';
const JOURNAL = /^journal\.(0|[1-9]\d*)\.jsonl$/;
const journalName = (n: number): string => `journal.${n}.jsonl`;
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
  state: StoreState,
  generation: number,
): Promise<string> {
  const temp = join(root, `${SNAPSHOT}.tmp`);
  const handle = await openPrivate(temp, 'w');
  try {
    await handle.writeFile(encodeSnapshot(state, generation));
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

async function recover(root: string): Promise<{ state: StoreState; generation: number }> {
  await rm(join(root, `${SNAPSHOT}.tmp`), { force: true });
  const text = await readFile(join(root, SNAPSHOT), 'utf8').catch((e: unknown) => {
    if (errorCode(e) === 'ENOENT') return undefined;
    throw e;
  });
  const loaded =
    text === undefined ? { state: new StoreState(), generation: 0 } : decodeSnapshot(text);
  if (typeof loaded === 'string') throw new Error(`${join(root, SNAPSHOT)}: ${loaded}`);
  const journals = (await readdir(root))
    .map((name) => Number(JOURNAL.exec(name)?.[1]))
    .filter((n) => Number.isSafeInteger(n))
    .sort((a, b) => a - b);
  const pending = journals.filter((n) => n > loaded.generation);
  for (const [i, n] of pending.entries()) {
    const path = join(root, journalName(n));
    const error = replayJournal(
      loaded.state,
      await readFile(path, 'utf8'),
      i === pending.length - 1,
    );
    if (error) throw new Error(`${path}: ${error}`);
  }
  const generation = Math.max(loaded.generation, ...journals);
  if (generation > loaded.generation) {
    await rename(await writeSnapshotTemp(root, loaded.state, generation), join(root, SNAPSHOT));
    await fsyncDir(root);
  }
  for (const n of journals) await rm(join(root, journalName(n)), { force: true });
  return { state: loaded.state, generation };
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
  const root = resolve(dir);
  await mkdir(root, { recursive: true, mode: 0o700 });
  await acquireLock(root);
  let recovered: { state: StoreState; generation: number };
  let journal: FileHandle;
  try {
    recovered = await recover(root);
    journal = await openJournal(root, recovered.generation + 1);
  } catch (e) {
    held.delete(root);
    await rm(join(root, LOCK), { force: true });
    throw e;
  }
  const { state } = recovered;
  let generation = recovered.generation + 1;
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
    try {
      await rename(await writeSnapshotTemp(root, state, generation), join(root, SNAPSHOT));
    } catch {
      await next.close();
      await rm(nextPath, { force: true });
      lines = 0;
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
    applyEntry(state, entry);
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

  return {
    getKey: (keyId) => Promise.resolve(state.keys.get(keyId)).then((k) => k && copyKey(k)),
    listKeys: () => Promise.resolve([...state.keys.values()].map(copyKey)),
    getAlias: (name) => Promise.resolve(state.aliases.get(name)).then((a) => a && copyAlias(a)),
    listAliases: () => Promise.resolve([...state.aliases.values()].map(copyAlias)),
    putKey: async (record) => {
      assertKeyRecord(record);
      const key = copyKey(record);
      await enqueue(() => commit({ op: 'putKey', key }));
    },
    putAlias: async (record) => {
      assertAliasRecord(record);
      const alias = copyAlias(record);
      await enqueue(() => commit({ op: 'putAlias', alias }));
    },
    // The existence check runs inside the queue so two concurrent deletes cannot both say true.
    deleteKey: (keyId) => enqueue(() => remove(state.keys.has(keyId), { op: 'deleteKey', keyId })),
    deleteAlias: (aliasName) =>
      enqueue(() => remove(state.aliases.has(aliasName), { op: 'deleteAlias', aliasName })),
    close: async () => {
      if (closed) return;
      closed = true;
      await queue;
      await journal.close();
      held.delete(root);
      await rm(join(root, LOCK), { force: true });
    },
  };
}
