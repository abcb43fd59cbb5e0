// Import time: a fresh Node process per sample imports one module and reports how long the import
// took; the median of several samples, against `msw` alone measured in the same run (the baseline:
// what any MSW user pays already). `node bench/import-time.mjs`, and `npm run bench`.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const SAMPLES = Number(process.env.BENCH_IMPORT_SAMPLES ?? 9);

/**
 * ms for one `await import(specifier)` in a new process, resolved from the package root; with
 * `after`, that module is imported first and only the second import is timed (what it adds).
 */
function once(specifier, after) {
  const first = after ? `await import(${JSON.stringify(after)});` : '';
  const script = `${first} const t0 = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t0));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
  });
  return Number(out);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median import times, interleaved so load on the machine hits each alike. */
export async function measureImportTimes() {
  const runs = {
    msw: () => once('msw'),
    mock: () => once('kms-contract/msw'),
    own: () => once('kms-contract/msw', 'msw'),
  };
  const samples = { msw: [], mock: [], own: [] };
  runs.mock(); // warm the file-system cache
  for (let i = 0; i < SAMPLES; i += 1)
    for (const [k, run] of Object.entries(runs)) samples[k].push(run());
  return { msw: median(samples.msw), mock: median(samples.mock), own: median(samples.own) };
}

export async function reportImportTimes() {
  const t = await measureImportTimes();
  console.log(`\nimport time (fresh process, median of ${SAMPLES}; the package as built in dist/)`);
  console.log(`  msw (baseline)                  ${t.msw.toFixed(0)} ms`);
  console.log(`  kms-contract/msw                ${t.mock.toFixed(0)} ms`);
  console.log(
    `  kms-contract/msw after msw      ${t.own.toFixed(0)} ms = ${(t.own / t.msw).toFixed(2)} x msw's own import (the mock's own share)`,
  );
  return t;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await reportImportTimes();
