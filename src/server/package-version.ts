import { readFile } from 'node:fs/promises';

// From sources this module is src/server/, so package.json is two levels up; from a build it is
// dist/src/server/, three levels up.
const candidates = ['../../package.json', '../../../package.json'];

let version: Promise<string> | undefined;

/** This package's version, for the health endpoint; read once. */
export function packageVersion(): Promise<string> {
  version ??= (async () => {
    for (const path of candidates) {
      try {
        const parsed: unknown = JSON.parse(await readFile(new URL(path, import.meta.url), 'utf8'));
        const found =
          typeof parsed === 'object' && parsed !== null && Reflect.get(parsed, 'version');
        if (typeof found === 'string') return found;
      } catch {
        // not here; try the next layout
      }
    }
    return 'unknown';
  })();
  return version;
}
