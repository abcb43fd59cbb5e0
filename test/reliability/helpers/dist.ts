import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The command line, which runs the compiled `dist/` (built by `npm ci` through `prepare`). */
export const CLI = join(ROOT, 'bin', 'kms-contract.js');

const RELATIVE_IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+\.js)['"]/g;

/**
 * Child processes run `dist/`, not the sources: a stale build would test old code and pass or
 * fail for the wrong reason. Follows the relative imports from `entry` (a path under dist/, e.g.
 * `src/cli/main.js`) and throws, naming the first offender, when a module the child would load
 * is missing or older than its TypeScript source. `npm ci` builds after checkout, so CI passes;
 * locally, run `npm run build`.
 */
export function assertDistFresh(entry: string): void {
  const dist = join(ROOT, 'dist');
  const seen = new Set<string>();
  const queue = [join(dist, entry)];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    let code: string;
    try {
      code = readFileSync(file, 'utf8');
    } catch {
      throw new Error(`${relative(ROOT, file)} is missing: run npm run build`);
    }
    const source = join(ROOT, relative(dist, file)).replace(/\.js$/, '.ts');
    // generated/ is exempt: `npm run generate` rewrites it after the build in CI (.ci/run) without
    // changing it, and CI fails on its own when it does change.
    const generated = relative(ROOT, source).startsWith('generated');
    const sourceTime = generated ? undefined : statSync(source, { throwIfNoEntry: false })?.mtimeMs;
    if (sourceTime !== undefined && statSync(file).mtimeMs < sourceTime) {
      throw new Error(`${relative(ROOT, file)} is older than its source: run npm run build`);
    }
    for (const match of code.matchAll(RELATIVE_IMPORT)) {
      if (match[1] !== undefined) queue.push(resolve(dirname(file), match[1]));
    }
  }
}

/** A dist module as an import URL for a child script. */
export function distModule(path: string): string {
  return new URL(`dist/${path}`, pathToFileURL(ROOT)).href;
}
