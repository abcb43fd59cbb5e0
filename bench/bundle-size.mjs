// Bundle size: the same small browser program calling GenerateDataKey, once with this package's
// typed client and once with @aws-sdk/client-kms, both bundled by esbuild with the same options,
// measured minified and gzipped. `node bench/bundle-size.mjs`, and the end of `npm run bench`.
import { gzipSync } from 'node:zlib';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
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

/**
 * The mock's own share of its page (gzipped bytes) before the validators were compiled ahead of
 * time and the key-pair code was loaded on first use: measurePage below on the tree of 69dab3c^
 * (its engine, keys and crypto), with the same two pages and esbuild. The target is half of it.
 * (68,933 against MSW with no handler, before the baseline page got one: MSW's handler API is MSW's.)
 */
export const MOCK_SHARE_BEFORE = 66_260;

/**
 * The target: the mock's own share of a page that starts the MSW worker at most half of what it was
 * before, with every operation of the contract. Each request is checked before it runs, but only
 * the validators and operations that answer a page's first requests load at start (key creation,
 * description, data keys, encryption); the others load on first use.
 */
export const MOCK_SHARE_TARGET = MOCK_SHARE_BEFORE / 2;

/**
 * One page as a browser loads it. The page is split as bundlers split a dynamic `import()` (esbuild
 * `splitting`, as Vite and webpack do): `initial` is the entry chunk and every chunk it imports
 * statically, what the page downloads before it runs; `onDemand` is the chunks only an `import()`
 * reaches (what the operations beyond a page's first requests, some key types or an answer a test
 * writes itself need, and MSW's GraphQL support), downloaded the first time they are used. `inputs`
 * are the source files in the initial load.
 */
async function measurePage(entry) {
  const result = await build({
    ...OPTIONS,
    entryPoints: [entry],
    splitting: true,
    outdir: 'page',
    metafile: true,
  });
  const outputs = result.metafile.outputs;
  const code = new Map(
    result.outputFiles.map((file) => [
      relative(root, file.path).replaceAll('\\', '/'),
      file.contents,
    ]),
  );
  const entryChunk = Object.keys(outputs).find((name) => outputs[name].entryPoint === entry);
  const initial = new Set();
  const pending = [entryChunk];
  while (pending.length > 0) {
    const name = pending.pop();
    if (initial.has(name)) continue;
    initial.add(name);
    for (const link of outputs[name].imports)
      if (link.kind === 'import-statement' && outputs[link.path]) pending.push(link.path);
  }
  const sum = (names) =>
    names.reduce(
      (total, name) => {
        const bytes = code.get(name);
        return {
          minified: total.minified + bytes.length,
          gzipped: total.gzipped + gzipSync(bytes, { level: 6 }).length,
        };
      },
      { minified: 0, gzipped: 0 },
    );
  const names = Object.keys(outputs);
  return {
    initial: sum(names.filter((name) => initial.has(name))),
    onDemand: sum(names.filter((name) => !initial.has(name))),
    inputs: [...initial].flatMap((name) => Object.keys(outputs[name].inputs)),
  };
}

/**
 * A page that sets up the mock KMS in MSW's worker, and the same page with one handler of its own
 * (MSW's handler API is MSW's, whatever the handlers do): the mock's own share is the difference
 * of their initial loads. `whole` is the mock page as one file with
 * every `import()` inlined (esbuild without splitting), for a bundler that does not split.
 */
export async function measureMockPage() {
  const mock = await measurePage('bench/apps/msw-page-mock.ts');
  const msw = await measurePage('bench/apps/msw-page-baseline.ts');
  const whole = await measure('bench/apps/msw-page-mock.ts');
  const mswWhole = await measure('bench/apps/msw-page-baseline.ts');
  return {
    mock,
    msw,
    whole,
    own: mock.initial.gzipped - msw.initial.gzipped,
    ownOnDemand: mock.onDemand.gzipped - msw.onDemand.gzipped,
    ownWhole: whole.gzipped - mswWhole.gzipped,
  };
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
  // The contract's operations, counted in the generated table (one X-Amz-Target each).
  const table = await readFile(new URL('../generated/operations.ts', import.meta.url), 'utf8');
  const count = table.match(/"target": "TrentService\./g)?.length ?? 0;
  console.log(
    `\nbundle size of a page that starts the MSW worker, ${count} operations (minified / gzipped; split at import())`,
  );
  console.log(
    `  msw with one handler    ${kb(page.msw.initial.minified)} / ${kb(page.msw.initial.gzipped)} loaded at start`,
  );
  console.log(
    `  with kms-contract/msw   ${kb(page.mock.initial.minified)} / ${kb(page.mock.initial.gzipped)} loaded at start`,
  );
  console.log(
    `  the mock's own share    ${kb(page.own)} gzipped = ${(page.own / MOCK_SHARE_BEFORE).toFixed(3)} x its ${kb(MOCK_SHARE_BEFORE)} before  [<= ${(MOCK_SHARE_TARGET / MOCK_SHARE_BEFORE).toFixed(1)}]; ${(page.own / page.msw.initial.gzipped).toFixed(2)} x msw's page`,
  );
  console.log(
    `  the mock's, on first use ${kb(page.ownOnDemand)} gzipped more (the other operations and their validators, key pairs, HMAC-SHA-224, response validators)`,
  );
  console.log(
    `  unsplit, one file       ${kb(page.whole.minified)} / ${kb(page.whole.gzipped)}: the mock's share ${kb(page.ownWhole)}`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await reportBundleSizes();
