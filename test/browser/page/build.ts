import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * A test page (`entry`, the MSW page by default) as one ES module, bundled from the package sources (the `kms-contract/*` names
 * point at src/, as the package's exports point at its build) for a browser.
 */
export async function buildPage(entry = 'test/browser/page/main.ts'): Promise<string> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    sourcemap: 'inline',
    write: false,
    logLevel: 'silent',
    alias: {
      'kms-contract/msw': './src/msw/index.ts',
      'kms-contract/client': './src/client/index.ts',
    },
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild wrote no page bundle');
  return output.text;
}
