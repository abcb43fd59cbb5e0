import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { openFileStore } from '../../src/keystore/file-store.js';
import { keyRecord } from './fixtures.js';

const src = new URL('../../src/', import.meta.url).pathname;
let work = '';

/** Transpiles src/crypto, src/keystore (and src/codec, for base64) to plain ESM so a child `node` can run the store. */
async function buildStore(): Promise<string> {
  work = await mkdtemp(join(tmpdir(), 'kms-contract-crash-'));
  for (const folder of ['crypto', 'keystore', 'codec']) {
    for (const file of (await readdir(join(src, folder))).filter((f) => f.endsWith('.ts'))) {
      const source = await readFile(join(src, folder, file), 'utf8');
      const { outputText } = ts.transpileModule(source, {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      });
      const out = join(work, 'lib', folder, file.replace(/\.ts$/, '.js'));
      await mkdir(dirname(out), { recursive: true });
      await writeFile(out, outputText);
    }
  }
  await writeFile(join(work, 'package.json'), '{"type":"module"}');
  // Writes keys four at a time (compacting often, so kills land mid-compaction too), printing each key number once its write has resolved. The record
  // is built from the same fixture, passed as JSON, so the parent can compare what it reads back.
  const template = JSON.stringify({ ...keyRecord(0), materials: undefined });
  const child = `
    import { openFileStore } from './lib/keystore/file-store.js';
    const store = await openFileStore(process.argv[2], { compactAfter: 16 });
    const template = ${template};
    const record = (n) => {
      const hex = n.toString(16).padStart(12, '0');
      return { ...template, keyId: '00000000-0000-4000-8000-' + hex, createdAt: 1700000000 + n,
        description: 'key ' + n, materials: [{ materialId: hex.padStart(64, 'a'),
        material: new Uint8Array(32).fill(n & 0xff), state: 'CURRENT' }], tags: [{ TagKey: 'n', TagValue: String(n) }] };
    };
    for (let n = 1; ; n += 4) {
      await Promise.all([n, n + 1, n + 2, n + 3].map(async (k) => {
        await store.putKey(record(k));
        process.stdout.write(k + '\\n');
      }));
    }`;
  await writeFile(join(work, 'child.js'), child);
  return join(work, 'child.js');
}

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('file store under kill -9', () => {
  it('loses nothing it acknowledged, and reopens past the stale lock', async () => {
    const script = await buildStore();
    const dir = join(work, 'data');
    const child = spawn(process.execPath, [script, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    const acked = new Set<number>();
    const exited = new Promise((resolve) => child.on('exit', resolve));
    for await (const line of createInterface({ input: child.stdout })) {
      acked.add(Number(line));
      if (acked.size === 150) child.kill('SIGKILL');
    }
    await exited;
    expect(acked.size).toBeGreaterThanOrEqual(150);

    const store = await openFileStore(dir);
    const ids = new Set((await store.listKeys()).map((k) => k.keyId));
    for (const n of acked) expect(ids.has(keyRecord(n).keyId), `key ${n}`).toBe(true);
    for (const n of [1, 2, 150])
      expect(await store.getKey(keyRecord(n).keyId)).toEqual(keyRecord(n));
    await store.close();
  });
});
