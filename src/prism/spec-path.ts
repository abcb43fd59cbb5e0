import { access } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

// From sources this module is src/prism/, so generated/ is two levels up; from a build it is
// dist/src/prism/, three levels up. Trying both keeps one default for `tsx`, vitest and `dist/`.
const candidates = [
  new URL('../../generated/kms.openapi.json', import.meta.url),
  new URL('../../../generated/kms.openapi.json', import.meta.url),
];

/** The bundled spec written by `npm run generate`, wherever this module runs from. */
export async function defaultSpecPath(): Promise<string> {
  for (const candidate of candidates) {
    const path = fileURLToPath(candidate);
    try {
      await access(path);
      return path;
    } catch {
      // not here; try the next layout
    }
  }
  throw new Error('generated/kms.openapi.json not found: run `npm run generate`, or pass specPath');
}
