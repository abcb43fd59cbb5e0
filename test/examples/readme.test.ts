// The README shows the example files verbatim, so what it shows is what test/examples and
// test/browser run.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const readme = read('README.md');

describe('README examples', () => {
  it.each([
    'examples/mock-kms-node.test.ts',
    'examples/mock-kms-browser.ts',
    'examples/typed-client.ts',
  ])('shows %s as it is', (path) => {
    expect(readme).toContain(`\`\`\`ts\n${read(path)}\`\`\``);
  });

  it('has the sections the examples belong to', () => {
    expect(readme).toMatch(/^## Mock KMS in your tests$/m);
    expect(readme).toMatch(/^## Typed client$/m);
  });
});
