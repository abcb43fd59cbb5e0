import { build } from 'esbuild';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const OUT = 'page';

/** A bundled page: its files by URL path, `/main.js` the entry. */
export type PageFiles = Record<string, string>;

/**
 * A test page (`entry`, the MSW page by default) bundled from the package sources (the
 * `kms-contract/*` names point at src/, as the package's exports point at its build) for a browser,
 * split at each dynamic `import()` as an application's bundler splits it: the code the mock loads on
 * first use (key-pair cryptography, HMAC-SHA-224, response validators) arrives as its own chunks,
 * under the same Content-Security-Policy.
 */
export async function buildPage(entry = 'test/browser/page/main.ts'): Promise<PageFiles> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    outdir: OUT,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    sourcemap: 'inline',
    write: false,
    metafile: true,
    logLevel: 'silent',
    alias: {
      'kms-contract/msw': './src/msw/index.ts',
      'kms-contract/client': './src/client/index.ts',
    },
  });
  const outputs = result.metafile.outputs;
  const entryOutput = Object.keys(outputs).find((name) => outputs[name]?.entryPoint === entry);
  if (!entryOutput) throw new Error('esbuild wrote no page bundle');
  const files: PageFiles = {};
  for (const file of result.outputFiles) {
    const name = relative(root, file.path).replaceAll('\\', '/');
    files[name === entryOutput ? '/main.js' : `/${relative(OUT, name).replaceAll('\\', '/')}`] =
      file.text;
  }
  return files;
}
