import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The typed client and the MSW adapter run in browsers (test/browser proves it end to end): no
// node built-ins, no Buffer, no process.
const root = new URL('../../src/', import.meta.url).pathname;
const files = ['client', 'msw'].flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f)),
);

describe('browser-safe modules', () => {
  it.each(files)('%s uses no node built-ins', (file) => {
    const source = readFileSync(join(root, file), 'utf8');
    expect(source).not.toMatch(/from ['"]node:|require\(|\bBuffer\.\w|\bprocess\./);
  });
});
