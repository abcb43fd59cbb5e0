// Key uses (GetKeyLastUsage) in the durable store: kept in memory, written with the snapshot at a
// compaction or a clean close, never journalled; checked at open like every snapshot record.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openFileStore } from '../../src/keystore/file-store.js';
import { keyRecord } from './fixtures.js';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kms-contract-uses-'));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

const journalText = async (dir: string) => {
  const names = (await readdir(dir)).filter((f) => f.startsWith('journal.'));
  return (await Promise.all(names.map((n) => readFile(join(dir, n), 'utf8')))).join('');
};

describe('key uses in the durable store', () => {
  it('survive a clean close, with the tracking start of the first open; never in a journal', async () => {
    const dir = await tempDir();
    const store = await openFileStore(dir);
    await store.putKey(keyRecord(1));
    await store.region('eu-west-1').putKey(keyRecord(2));
    expect(store.keyUses.trackingSince(100)).toBe(100);
    store.keyUses.record('us-east-1', keyRecord(1).keyId, { operation: 'Encrypt', at: 150 });
    store.keyUses.record('eu-west-1', keyRecord(2).keyId, { operation: 'Sign', at: 160 });
    expect(await journalText(dir)).not.toContain('Encrypt');
    await store.close();

    const again = await openFileStore(dir);
    expect(again.keyUses.trackingSince(900)).toBe(100);
    expect(again.keyUses.last('us-east-1', keyRecord(1).keyId)).toEqual({
      operation: 'Encrypt',
      at: 150,
    });
    expect(again.keyUses.last('eu-west-1', keyRecord(2).keyId)).toEqual({
      operation: 'Sign',
      at: 160,
    });
    expect(again.keyUses.last('eu-west-1', keyRecord(1).keyId)).toBeUndefined();
    await again.close();
  });

  it('are written by a compaction too, and dropped with their key', async () => {
    const dir = await tempDir();
    const store = await openFileStore(dir, { compactAfter: 2 });
    store.keyUses.trackingSince(1);
    await store.putKey(keyRecord(1));
    store.keyUses.record('us-east-1', keyRecord(1).keyId, { operation: 'Decrypt', at: 5 });
    await store.putKey(keyRecord(2)); // the second line: a compaction writes the snapshot
    const snapshot = JSON.parse(await readFile(join(dir, 'snapshot.json'), 'utf8'));
    expect(snapshot.usage.uses).toEqual([['us-east-1', keyRecord(1).keyId, 'Decrypt', 5]]);

    await store.deleteKey(keyRecord(1).keyId);
    await store.close();
    const again = await openFileStore(dir);
    expect(again.keyUses.last('us-east-1', keyRecord(1).keyId)).toBeUndefined();
    await again.close();
  });

  it('refuses a snapshot whose uses were changed after they were written', async () => {
    const dir = await tempDir();
    const store = await openFileStore(dir);
    store.keyUses.trackingSince(1);
    await store.putKey(keyRecord(1));
    store.keyUses.record('us-east-1', keyRecord(1).keyId, { operation: 'Decrypt', at: 5 });
    await store.close();
    const path = join(dir, 'snapshot.json');
    await writeFile(path, (await readFile(path, 'utf8')).replace('"Decrypt"', '"Encrypt"'));
    await expect(openFileStore(dir)).rejects.toThrow(/usage fails its checksum/);
  });

  it('opens a snapshot written before uses were kept, starting to track then', async () => {
    const dir = await tempDir();
    const store = await openFileStore(dir, { compactAfter: 1 });
    await store.putKey(keyRecord(1));
    await store.close();
    const snapshot = JSON.parse(await readFile(join(dir, 'snapshot.json'), 'utf8'));
    expect(snapshot.usage).toBeUndefined();
    const again = await openFileStore(dir);
    expect(again.keyUses.trackingSince(42)).toBe(42);
    expect((await again.listKeys()).map((k) => k.keyId)).toEqual([keyRecord(1).keyId]);
    await again.close();
  });
});
