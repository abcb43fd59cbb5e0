// Bundle size: the same small browser program calling GenerateDataKey, once with this package's
// typed client and once with @aws-sdk/client-kms, both bundled by esbuild with the same options,
// measured minified and gzipped. `node bench/bundle-size.mjs`, and the end of `npm run bench`.
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The target of issue 5: the typed client's program at most a sixth of the SDK's. */
export const TARGET_RATIO = 1 / 6;

/**
 * Identical for both programs. `kms-contract/client` is aliased to the sources, so the figure is
 * the code in this checkout, built or not.
 */
const OPTIONS = {
  absWorkingDir: root,
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  write: false,
  logLevel: 'silent',
  alias: {
    'kms-contract/client': './src/client/index.ts',
    'kms-contract/msw': './src/msw/index.ts',
  },
};

/** Minified and gzipped (level 6, gzip's default) bytes of one program's bundle. */
async function measure(entry) {
  const result = await build({ ...OPTIONS, entryPoints: [entry] });
  const code = result.outputFiles[0].contents;
  return { minified: code.length, gzipped: gzipSync(code, { level: 6 }).length };
}

/** Both programs' sizes and the ratio of their gzipped sizes. */
export async function measureBundles() {
  const client = await measure('bench/apps/typed-client.ts');
  const sdk = await measure('bench/apps/aws-sdk.ts');
  return { client, sdk, ratio: client.gzipped / sdk.gzipped };
}

/** A page that sets up the mock KMS in MSW's worker, and the same page with MSW alone. */
export async function measureMockPage() {
  const mock = await measure('bench/apps/msw-page-mock.ts');
  const msw = await measure('bench/apps/msw-page-baseline.ts');
  return { mock, msw, own: mock.gzipped - msw.gzipped };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Prints the sizes and the ratio against its target, as the other bench figures are printed. */
export async function reportBundleSizes() {
  const { client, sdk, ratio } = await measureBundles();
  console.log(
    '\nbundle size (esbuild 0.28, browser, minified / gzipped), a program calling GenerateDataKey',
  );
  console.log(`  kms-contract/client     ${kb(client.minified)} / ${kb(client.gzipped)}`);
  console.log(`  @aws-sdk/client-kms     ${kb(sdk.minified)} / ${kb(sdk.gzipped)}`);
  console.log(
    `  client / SDK gzipped    ${ratio.toFixed(3)} (1/${(1 / ratio).toFixed(2)})  [<= 1/6]`,
  );
  const page = await measureMockPage();
  console.log('\nbundle size of a page that starts the MSW worker (minified / gzipped)');
  console.log(`  msw/browser alone       ${kb(page.msw.minified)} / ${kb(page.msw.gzipped)}`);
  console.log(`  with kms-contract/msw   ${kb(page.mock.minified)} / ${kb(page.mock.gzipped)}`);
  console.log(
    `  the mock's own share    ${kb(page.own)} gzipped = ${(page.own / page.msw.gzipped).toFixed(2)} x msw's page`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await reportBundleSizes();
