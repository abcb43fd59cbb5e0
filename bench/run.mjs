// `npm run bench`: every figure is a ratio against a baseline measured in the same run, on the same
// machine, with the same load generator (servers run in their own process, as they would deployed).
import { fork, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from './load.mjs';

const KEY = '1234abcd-12ab-34cd-56ef-1234567890ab';
const request = {
  headers: {
    'content-type': 'application/x-amz-json-1.1',
    'x-amz-target': 'TrentService.GenerateDataKey',
    // Unchecked by the mock (auth none); the Prism front only wants the header present (the spec's security scheme).
    authorization:
      'AWS4-HMAC-SHA256 Credential=AKID/20261129/us-east-1/kms/aws4_request, SignedHeaders=host, Signature=0',
  },
  body: JSON.stringify({ KeyId: KEY, KeySpec: 'AES_256' }),
};
const seconds = Number(process.env.BENCH_SECONDS ?? 4);

async function withServer(script, work) {
  const t0 = performance.now();
  const child = fork(new URL(`./servers/${script}`, import.meta.url), {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const { url } = await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  const ready = performance.now() - t0;
  try {
    return await work(url, ready);
  } finally {
    child.kill();
  }
}

/** Process start to first answered GenerateDataKey, in ms. */
async function coldStart(script) {
  return withServer(script, async (url, ready) => {
    const t0 = performance.now();
    await fetch(url, { method: 'POST', headers: request.headers, body: request.body });
    return ready + (performance.now() - t0);
  });
}

const fmt = (r) =>
  `${r.rps.toFixed(0)} req/s, p50 ${r.p50.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms${r.errors ? `, ${r.errors} errors` : ''}`;
const results = {};
for (const [name, script] of [
  ['bare node:http', 'bare.mjs'],
  ['mock', 'mock.mjs'],
  ['prism front', 'prism.mjs'],
]) {
  results[name] = await withServer(script, (url) =>
    load({ url, ...request, connections: 16, durationMs: seconds * 1000 }),
  );
  console.log(`${name.padEnd(16)} ${fmt(results[name])}`);
}
const mockCold = await coldStart('mock.mjs');
const prismCold = await coldStart('prism.mjs');
console.log(
  `\ncold start (process start to first GenerateDataKey answered): mock ${mockCold.toFixed(0)} ms, prism front ${prismCold.toFixed(0)} ms`,
);
console.log('\nratios (target in brackets)');
console.log(
  `  mock / bare node:http throughput   ${(results.mock.rps / results['bare node:http'].rps).toFixed(2)}  [>= 0.5]`,
);
console.log(
  `  mock / prism front throughput      ${(results.mock.rps / results['prism front'].rps).toFixed(1)}x  [>= 20x]`,
);
console.log(`  mock / prism front cold start      ${(mockCold / prismCold).toFixed(2)}  [<= 0.25]`);

// The whole catalogue against the embedded mock, as `kms-contract conform --auth-enforced` runs it.
const out = await mkdtemp(join(tmpdir(), 'kms-contract-bench-'));
const t0 = performance.now();
const run = spawnSync(
  process.execPath,
  [
    fileURLToPath(new URL('../bin/kms-contract.js', import.meta.url)),
    'conform',
    '--auth-enforced',
    '--report',
    'json',
    '--out',
    out,
  ],
  { encoding: 'utf8' },
);
const wall = performance.now() - t0;
const report = JSON.parse(await readFile(join(out, 'conformance.json'), 'utf8'));
await rm(out, { recursive: true, force: true });
console.log(`
full conformance run against the embedded mock: ${report.counts.pass} passed, ${report.counts.fail} failed, ${report.counts.skip} skipped (exit ${run.status}); ${report.requests} requests; runner ${(report.durationMs / 1000).toFixed(2)} s, process wall ${(wall / 1000).toFixed(2)} s`);

// Browser bundle size of the typed client against @aws-sdk/client-kms (bench/bundle-size.mjs).
const { reportBundleSizes } = await import('./bundle-size.mjs');
await reportBundleSizes();

// What a user of kms-contract/msw pays: import time and the browser page's bundle (bench/import-time.mjs,
// bench/bundle-size.mjs), then the install footprint from the packed tarball (bench/install-size.mjs).
const { reportImportTimes } = await import('./import-time.mjs');
await reportImportTimes();
const { reportInstall } = await import('./install-size.mjs');
await reportInstall();
