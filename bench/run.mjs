// `npm run bench`: every figure is a ratio against a baseline measured in the same run, on the same
// machine, with the same load generator (servers run in their own process, as they would deployed).
import { fork, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareThroughput } from './throughput.mjs';

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
  `${r.rps.toFixed(0).padStart(6)} req/s, p50 ${r.p50.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms${r.errors ? `, ${r.errors} errors` : ''}`;
const LEVELS = [16, 256, 1000];
const rounds = Number(process.env.BENCH_ROUNDS ?? 4);
// `serve` (the mock as `kms-contract serve` runs it) and two baselines take turns, at each count: the
// bare server (a fixed reply: the ceiling of any Node server) and the bare-crypto server (the
// request parsed and a data key really sealed: the floor of any Node mock doing real cryptography).
const SERVERS = ['bare node:http', 'bare crypto', 'serve'];
const served = await compareThroughput({
  servers: { 'bare node:http': 'bare.mjs', 'bare crypto': 'bare-crypto.mjs', serve: 'mock.mjs' },
  levels: LEVELS,
  rounds,
  seconds,
  request,
});
console.log(
  `GenerateDataKey, closed loop, keep-alive; ${seconds} s per server and count in ${rounds} alternating rounds`,
);
for (const connections of LEVELS)
  for (const name of SERVERS)
    console.log(
      `  ${name.padEnd(15)} ${String(connections).padStart(4)} connections  ${fmt(served[name][connections])}`,
    );
const prism = await compareThroughput({
  servers: { 'prism front': 'prism.mjs' },
  levels: [16],
  rounds: 1,
  seconds,
  request,
});
console.log(`  ${'prism front'.padEnd(15)}   16 connections  ${fmt(prism['prism front'][16])}`);
// Why serve stays below the bare server: the same code costs more right after a process switch.
const { reportSwitchCost } = await import('./switch-cost.mjs');
await reportSwitchCost();
const mockCold = await coldStart('mock.mjs');
const prismCold = await coldStart('prism.mjs');
console.log(
  `\ncold start (process start to first GenerateDataKey answered): mock ${mockCold.toFixed(0)} ms, prism front ${prismCold.toFixed(0)} ms`,
);
const rps = (name, connections) => served[name][connections].rps;
console.log('\nratios (target in brackets)');
for (const connections of LEVELS)
  console.log(
    `  serve / bare node:http throughput, ${String(connections).padStart(4)} connections  ${(rps('serve', connections) / rps('bare node:http', connections)).toFixed(2)}${connections === 16 ? '  [>= 0.88]' : ''}  (bare crypto / bare ${(rps('bare crypto', connections) / rps('bare node:http', connections)).toFixed(2)}; serve / bare crypto ${(rps('serve', connections) / rps('bare crypto', connections)).toFixed(2)})`,
  );
for (const connections of [256, 1000])
  console.log(
    `  serve at ${String(connections).padStart(4)} / at 16 connections        ${(rps('serve', connections) / rps('serve', 16)).toFixed(2)}  [>= 0.70]  (bare node:http ${(rps('bare node:http', connections) / rps('bare node:http', 16)).toFixed(2)})`,
  );
console.log(
  `  serve / prism front throughput            ${(rps('serve', 16) / prism['prism front'][16].rps).toFixed(1)}x  [>= 20x]`,
);
console.log(
  `  mock / prism front cold start             ${(mockCold / prismCold).toFixed(2)}  [<= 0.25]`,
);

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
