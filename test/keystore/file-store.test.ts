import { appendFile, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { decryptBlob, encryptUnderKey } from '../../src/crypto/envelope.js';
import { materialIdOf, newKeyMaterial } from '../../src/crypto/random.js';
import {
  openFileStore,
  type FileStore,
  type FileStoreOptions,
} from '../../src/keystore/file-store.js';
import { encodeEntry } from '../../src/keystore/journal.js';
import { keyMaterialOf } from '../../src/keystore/materials.js';
import { keyRecord } from './fixtures.js';
import { describeStoreContract } from './store-contract.js';

const dirs: string[] = [];
const open: FileStore[] = [];

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kms-contract-store-'));
  dirs.push(dir);
  return dir;
}

async function openStore(dir: string, options?: FileStoreOptions): Promise<FileStore> {
  const store = await openFileStore(dir, options);
  open.push(store);
  return store;
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describeStoreContract('file store', async () => openStore(await tempDir()));

describe('file store durability', () => {
  it('keeps keys, states and aliases across close and reopen; old ciphertexts still decrypt', async () => {
    const dir = await tempDir();
    const material = newKeyMaterial();
    const materialId = await materialIdOf(material);
    const key = keyRecord(1, { materials: [{ materialId, material, state: 'CURRENT' }] });
    const first = await openStore(dir);
    await first.putKey(key);
    await first.putKey(keyRecord(2));
    await first.putKey(
      keyRecord(2, {
        keyState: 'PendingDeletion',
        deletionDate: 1_800_000_000,
        pendingWindowInDays: 7,
      }),
    );
    await first.putAlias({
      aliasName: 'alias/a',
      targetKeyId: key.keyId,
      createdAt: 5,
      updatedAt: 6,
    });
    const plaintext = Uint8Array.of(1, 2, 3);
    const blob = await encryptUnderKey({
      keyId: key.keyId,
      material,
      materialId,
      plaintext,
      context: { a: 'b' },
    });
    await first.close();

    const second = await openStore(dir);
    expect(await second.listKeys()).toEqual([
      key,
      keyRecord(2, {
        keyState: 'PendingDeletion',
        deletionDate: 1_800_000_000,
        pendingWindowInDays: 7,
      }),
    ]);
    expect(await second.listAliases()).toEqual([
      { aliasName: 'alias/a', targetKeyId: key.keyId, createdAt: 5, updatedAt: 6 },
    ]);
    const stored = await second.getKey(key.keyId);
    const result = await decryptBlob(blob, () => keyMaterialOf(stored), { a: 'b' });
    expect(result).toMatchObject({ ok: true, plaintext });
  });

  it('reopens after a torn last journal line, keeping every complete record, and drops the tear', async () => {
    const dir = await tempDir();
    const first = await openStore(dir);
    for (const n of [1, 2, 3]) await first.putKey(keyRecord(n));
    await first.close();
    const [journal] = (await readdir(dir)).filter((f) => f.startsWith('journal.'));
    const torn = encodeEntry({ op: 'putKey', region: 'us-east-1', key: keyRecord(4) });
    await appendFile(join(dir, journal ?? 'missing'), torn.slice(0, torn.length / 2));

    const second = await openStore(dir);
    expect((await second.listKeys()).map((k) => k.keyId)).toEqual(
      [1, 2, 3].map((n) => keyRecord(n).keyId),
    );
    await second.putKey(keyRecord(5));
    await second.close();
    for (const file of await readdir(dir)) {
      expect(await readFile(join(dir, file), 'utf8')).not.toContain(torn.slice(0, torn.length / 2));
    }
    const third = await openStore(dir);
    expect((await third.listKeys()).length).toBe(4);
  });

  it('refuses a journal corrupt before its last line, naming the file and line', async () => {
    const dir = await tempDir();
    const first = await openStore(dir);
    await first.putKey(keyRecord(1));
    await first.close();
    const [journal] = (await readdir(dir)).filter((f) => f.startsWith('journal.'));
    await appendFile(
      join(dir, journal ?? 'missing'),
      `{"op":"bogus"}\n${encodeEntry({ op: 'deleteKey', region: 'us-east-1', keyId: 'x' })}`,
    );
    await expect(openFileStore(dir)).rejects.toThrow(/journal\.\d+\.jsonl: line 2 has no checksum/);
    await expect(openFileStore(dir)).rejects.toThrow(/line 2 has no checksum/); // the lock was released
  });

  it('refuses a snapshot of another format with a clear message', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'snapshot.json'), '{"format":"kms-contract-keystore","version":9}');
    await expect(openFileStore(dir)).rejects.toThrow(/unsupported snapshot version 9/);
  });

  it('lands every one of many concurrent writes, in call order', async () => {
    const dir = await tempDir();
    const store = await openStore(dir, { compactAfter: 7 });
    const ns = Array.from({ length: 60 }, (_, i) => i + 1);
    await Promise.all(ns.map((n) => store.putKey(keyRecord(n))));
    const deletes = await Promise.all([
      store.deleteKey(keyRecord(1).keyId),
      store.deleteKey(keyRecord(1).keyId),
    ]);
    expect(deletes).toEqual([true, false]);
    await store.close();
    const again = await openStore(dir);
    expect((await again.listKeys()).map((k) => k.description)).toEqual(
      ns.slice(1).map((n) => `key ${n}`),
    );
  });

  it('compacts into a snapshot and a fresh journal, keeping order through deletes and re-creates', async () => {
    const dir = await tempDir();
    const store = await openStore(dir, { compactAfter: 3 });
    const order = [1, 2, 3, 4];
    for (const n of order) await store.putKey(keyRecord(n));
    await store.deleteKey(keyRecord(1).keyId);
    await store.putKey(keyRecord(1));
    await store.putKey(keyRecord(5));
    const files = (await readdir(dir)).sort();
    expect(files).toContain('snapshot.json');
    expect(files.filter((f) => f.startsWith('journal.'))).toHaveLength(1);
    await store.close();
    const again = await openStore(dir);
    expect((await again.listKeys()).map((k) => k.description)).toEqual([
      'key 2',
      'key 3',
      'key 4',
      'key 1',
      'key 5',
    ]);
  });

  it('creates files 0600 and the directory 0700, since they hold key material', async () => {
    const dir = join(await tempDir(), 'data');
    const store = await openStore(dir, { compactAfter: 1 });
    await store.putKey(keyRecord(1));
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
    const files = await readdir(dir);
    expect(files).toEqual(expect.arrayContaining(['LOCK', 'snapshot.json']));
    for (const file of files) expect((await stat(join(dir, file))).mode & 0o777, file).toBe(0o600);
  });

  it('refuses a second open while the first is open, and takes over a stale lock', async () => {
    const dir = await tempDir();
    const store = await openStore(dir);
    await expect(openFileStore(dir)).rejects.toThrow(/in use by process/);
    await store.close();
    await writeFile(join(dir, 'LOCK'), `${process.pid}\n`); // our pid, but not held by us: stale
    const again = await openStore(dir);
    await again.close();
    await writeFile(join(dir, 'LOCK'), ''); // torn lock file
    await openStore(dir);
  });

  it('rejects writes after close', async () => {
    const store = await openStore(await tempDir());
    await store.close();
    await expect(store.putKey(keyRecord(1))).rejects.toThrow(/closed/);
    await store.close();
  });
});
