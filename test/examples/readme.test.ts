// The README shows the example files verbatim, so what it shows is what test/examples and
// test/browser run; its links work on the registry page too (absolute, into this repository).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const readme = read('README.md');
const manifest = JSON.parse(read('package.json')) as {
  homepage: string;
  repository: { url: string };
  bugs: { url: string };
};
const repo = manifest.homepage.replace(/#readme$/, '');

describe('README examples', () => {
  it.each([
    ['examples/mock-kms-node.test.ts', 'ts'],
    ['examples/mock-kms-browser.ts', 'ts'],
    ['examples/typed-client.ts', 'ts'],
    ['examples/kms-seed.yaml', 'yaml'],
    ['examples/jest/jest.config.mjs', 'js'],
    ['examples/jest/kms.test.mjs', 'js'],
    ['examples/generators/openapi-fetch.ts', 'ts'],
    ['examples/generators/hey-api.ts', 'ts'],
    ['examples/generators/orval.config.cjs', 'js'],
    ['examples/generators/orval.ts', 'ts'],
  ])('shows %s as it is', (path, lang) => {
    expect(readme).toContain(`\`\`\`${lang}\n${read(path)}\`\`\``);
  });

  it('speaks to users first: install and the three uses before anything else', () => {
    const firstSection = readme.indexOf('\n## ');
    const intro = readme.slice(0, firstSection);
    expect(intro).toContain('npm i -D kms-contract');
    for (const use of ['Mock KMS in your tests', 'Check an endpoint', 'Typed client'])
      expect(intro).toContain(`**${use}**`);
    const sections = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(sections.slice(0, 3)).toEqual([
      'Mock KMS in your tests',
      'Check an endpoint',
      'Typed client',
    ]);
    expect(sections.at(-1)).toBe('Contributing');
  });

  it('links only absolutely or within the page, and into files that exist', () => {
    const links = [...readme.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1] ?? '');
    expect(links.length).toBeGreaterThan(3);
    const anchors = new Set(
      [...readme.matchAll(/^#{2,3} (.+)$/gm)].map((m) =>
        (m[1] ?? '')
          .toLowerCase()
          .replace(/[^a-z0-9 -]/g, '')
          .replace(/ /g, '-'),
      ),
    );
    for (const link of links) {
      if (link.startsWith('#')) expect(anchors, link).toContain(link.slice(1));
      else expect(link).toMatch(/^https:\/\//);
      if (link.startsWith(`${repo}/blob/main/`))
        // a file or a folder of this repository
        expect(
          existsSync(new URL(`../../${link.slice(`${repo}/blob/main/`.length)}`, import.meta.url)),
          link,
        ).toBe(true);
    }
  });

  it('package.json names the repository, homepage and issue tracker', () => {
    expect(manifest.repository.url).toBe(`git+${repo}.git`);
    expect(manifest.bugs.url).toBe(`${repo}/issues`);
  });
});
