// The data directory never loses data silently: every damaged layout is refused at open, naming
// the file and the problem, and every file is left exactly as it was.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { sealedValue } from '../../src/keystore/checksum.js';
import { KeyStoreDamagedError, openFileStore } from '../../src/keystore/file-store.js';
import { encodeEntry } from '../../src/keystore/journal.js';
import { keyRecord } from './fixtures.js';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

/** A data directory with keys 1..3 and an alias: compacted once, then one more journal. */
async function populated(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kms-contract-integrity-'));
  dirs.push(dir);
  const first = await openFileStore(dir);
  await first.putKey(keyRecord(1));
  await first.putKey(keyRecord(2));
  await first.putAlias({
    aliasName: 'alias/a',
    targetKeyId: keyRecord(1).keyId,
    createdAt: 1,
    updatedAt: 1,
  });
  await first.close();
  const second = await openFileStore(dir); // folds journal.1 into snapshot generation 1
  await second.putKey(keyRecord(3));
  await second.close();
  expect((await readdir(dir)).sort()).toEqual(['journal.2.jsonl', 'snapshot.json']);
  return dir;
}

async function contents(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort())
    files[name] = await readFile(join(dir, name), 'utf8');
  return files;
}

/** Opening fails with KeyStoreDamagedError naming `file`, and no file was changed. */
async function refused(dir: string, file: string, problem: RegExp): Promise<void> {
  const before = await contents(dir);
  const error: unknown = await openFileStore(dir).then(
    async (store) => {
      await store.close();
      return undefined;
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(KeyStoreDamagedError);
  expect((error as KeyStoreDamagedError).file).toBe(join(dir, file));
  expect((error as Error).message).toMatch(problem);
  expect(await contents(dir)).toEqual(before);
}

const edit = async (path: string, change: (text: string) => string) =>
  writeFile(path, change(await readFile(path, 'utf8')));

describe('a damaged data directory is refused, and left as it was', () => {
  it('opens the undamaged directory with every key', async () => {
    const dir = await populated();
    const store = await openFileStore(dir);
    expect((await store.listKeys()).map((k) => k.description)).toEqual(['key 1', 'key 2', 'key 3']);
    await store.close();
  });

  it('the snapshot is missing but journals exist', async () => {
    const dir = await populated();
    await rm(join(dir, 'snapshot.json'));
    await refused(dir, 'snapshot.json', /missing, but journal\.2\.jsonl exists/);
  });

  it('a journal does not follow the snapshot (a generation is missing)', async () => {
    const dir = await populated();
    await writeFile(
      join(dir, 'journal.4.jsonl'),
      encodeEntry({ op: 'putKey', region: 'us-east-1', key: keyRecord(4) }),
    );
    await refused(
      dir,
      'journal.4.jsonl',
      /does not follow snapshot\.json \(generation 1\): journal\.3\.jsonl is missing/,
    );
  });

  it('the snapshot generation does not match its journals', async () => {
    const dir = await populated();
    await edit(join(dir, 'snapshot.json'), (t) => t.replace('"generation":1', '"generation":0'));
    // generation 0 would make journal.1 the next; journal.2 cannot follow it
    await refused(dir, 'journal.2.jsonl', /journal\.1\.jsonl is missing/);
  });

  it('key material edited in the snapshot fails its checksum', async () => {
    const dir = await populated();
    const material = Buffer.from(keyRecord(1).materials?.[0]?.material ?? []).toString('base64');
    const other = Buffer.alloc(32, 9).toString('base64');
    await edit(join(dir, 'snapshot.json'), (t) => t.replace(material, other));
    await refused(dir, 'snapshot.json', /keys\[0\] fails its checksum/);
  });

  it('key material edited in a journal fails its checksum', async () => {
    const dir = await populated();
    const material = Buffer.from(keyRecord(3).materials?.[0]?.material ?? []).toString('base64');
    const other = Buffer.alloc(32, 9).toString('base64');
    await edit(join(dir, 'journal.2.jsonl'), (t) => t.replace(material, other));
    await refused(dir, 'journal.2.jsonl', /line 1 fails its checksum/);
  });

  it('a journal line without a checksum', async () => {
    const dir = await populated();
    await edit(
      join(dir, 'journal.2.jsonl'),
      (t) => `${t}{"op":"deleteAlias","region":"us-east-1","aliasName":"alias/a"}\n`,
    );
    await refused(dir, 'journal.2.jsonl', /line 2 has no checksum/);
  });

  it('a key twice in the snapshot, each record with a valid checksum', async () => {
    const dir = await populated();
    await edit(join(dir, 'snapshot.json'), (t) => {
      const doc = JSON.parse(t) as { keys: unknown[] };
      doc.keys.push(doc.keys[0]);
      return JSON.stringify(doc);
    });
    await refused(
      dir,
      'snapshot.json',
      /keys\[2\] repeats key 00000000-0000-4000-8000-000000000001 of us-east-1/,
    );
  });

  it('an alias to a missing key in the snapshot', async () => {
    const dir = await populated();
    await edit(join(dir, 'snapshot.json'), (t) => {
      const doc = JSON.parse(t) as { aliases: unknown[] };
      doc.aliases.push(
        sealedValue({
          region: 'us-east-1',
          aliasName: 'alias/b',
          targetKeyId: keyRecord(9).keyId,
          createdAt: 1,
          updatedAt: 1,
        }),
      );
      return JSON.stringify(doc);
    });
    await refused(
      dir,
      'snapshot.json',
      /alias alias\/b of us-east-1 refers to key 00000000-0000-4000-8000-000000000009, which does not exist/,
    );
  });

  it('an alias left pointing at a key a journal deleted', async () => {
    const dir = await populated();
    await edit(
      join(dir, 'journal.2.jsonl'),
      (t) => t + encodeEntry({ op: 'deleteKey', region: 'us-east-1', keyId: keyRecord(1).keyId }),
    );
    await refused(
      dir,
      'journal.2.jsonl',
      /alias alias\/a of us-east-1 refers to key 00000000-0000-4000-8000-000000000001/,
    );
  });

  it('a torn line in a journal that is not the newest (only the newest can be torn by a crash)', async () => {
    const dir = await populated();
    await edit(join(dir, 'journal.2.jsonl'), (t) => `${t}{"op":"putK`);
    await writeFile(
      join(dir, 'journal.3.jsonl'),
      encodeEntry({ op: 'putKey', region: 'us-east-1', key: keyRecord(4) }),
    );
    await refused(dir, 'journal.2.jsonl', /line 2 is not JSON/);
  });

  it('the snapshot of an earlier format', async () => {
    const dir = await populated();
    await edit(join(dir, 'snapshot.json'), (t) => t.replace('"version":2', '"version":1'));
    await refused(dir, 'snapshot.json', /unsupported snapshot version 1/);
  });

  it('a journal the snapshot already includes is folded, not replayed twice', async () => {
    const dir = await populated();
    // A crash right after a compaction leaves the journal the new snapshot includes.
    await writeFile(
      join(dir, 'journal.1.jsonl'),
      encodeEntry({ op: 'deleteKey', region: 'us-east-1', keyId: keyRecord(2).keyId }),
    );
    const store = await openFileStore(dir);
    expect((await store.listKeys()).map((k) => k.description)).toEqual(['key 1', 'key 2', 'key 3']);
    await store.close();
    expect(await readdir(dir)).not.toContain('journal.1.jsonl');
  });

  it('kms-contract serve exits 2 naming the file, and the directory is unchanged', async () => {
    const dir = await populated();
    await rm(join(dir, 'snapshot.json'));
    const before = await contents(dir);
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await main(['serve', '--port', '0', '--data-dir', dir])).toBe(2);
      expect(stderr.mock.calls.map(([text]) => String(text)).join('')).toContain(
        `${join(dir, 'snapshot.json')}: missing, but journal.2.jsonl exists`,
      );
    } finally {
      stderr.mockRestore();
    }
    expect(await contents(dir)).toEqual(before);
  });
});
