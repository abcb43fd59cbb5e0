// The MSW suites run twice: project `unit` on msw itself (the newest version the peer range
// allows) and project `msw-oldest` on the npm alias msw-oldest (the oldest). This proves which
// copy each run really loaded, so an alias that silently stopped applying shows up.
import { readFileSync } from 'node:fs';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as {
  devDependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
};
const installed = (name: string) =>
  (
    JSON.parse(
      readFileSync(new URL(`../../node_modules/${name}/package.json`, import.meta.url), 'utf8'),
    ) as { version: string }
  ).version;

describe('the msw this project runs on', () => {
  const alias = process.env['KMS_CONTRACT_MSW'] ?? 'msw';

  it(`is the copy installed as ${alias}`, async () => {
    const loaded = (await import('msw/package.json', { with: { type: 'json' } })).default as {
      version: string;
    };
    expect(loaded.version).toBe(installed(alias));
    expect(typeof http.all).toBe('function');
  });

  it('is the version the peer range starts or ends at', () => {
    const range = manifest.peerDependencies['msw'] ?? '';
    const [, oldest] = /^\^(\d+\.\d+\.\d+)$/.exec(range) ?? [];
    expect(manifest.devDependencies['msw-oldest']).toBe(`npm:msw@${oldest}`);
    expect(manifest.devDependencies['msw']).toMatch(/^2\.\d+\.\d+$/);
  });
});
