import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// src/crypto and the browser-safe keystore modules must run in browsers: no node built-ins, no Buffer.
// The durable store's modules read and write files: node only.
const NODE_ONLY = new Set(['file-store.ts', 'recovery.ts', 'checksum.ts']);
const root = new URL('../../src/', import.meta.url).pathname;
const files = [
  ...readdirSync(join(root, 'crypto')).map((f) => join('crypto', f)),
  ...readdirSync(join(root, 'keystore'))
    .filter((f) => !NODE_ONLY.has(f))
    .map((f) => join('keystore', f)),
].filter((f) => f.endsWith('.ts'));

describe('browser-safe modules', () => {
  it.each(files)('%s uses no node built-ins', (file) => {
    const source = readFileSync(join(root, file), 'utf8');
    expect(source).not.toMatch(/from ['"]node:|require\(|\bBuffer\.\w|\bprocess\./);
  });
});
