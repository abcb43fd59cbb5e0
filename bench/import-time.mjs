// Import time: a fresh Node process per sample imports one module and reports how long the import
// took; the median of several samples, against `msw` alone measured in the same run (the baseline:
// what any MSW user pays already). `node bench/import-time.mjs`, and `npm run bench`.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const SAMPLES = Number(process.env.BENCH_IMPORT_SAMPLES ?? 9);

/** ms for one `await import(specifier)` in a new process, resolved from the package root. */
function once(specifier) {
  const script = `const t0 = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t0));`;
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

/** Median import times, interleaved so load on the machine hits both alike. */
export async function measureImportTimes(specifiers = ['msw', 'kms-contract/msw']) {
  const samples = Object.fromEntries(specifiers.map((s) => [s, []]));
  for (const s of specifiers) once(s); // warm the file-system cache
  for (let i = 0; i < SAMPLES; i += 1) for (const s of specifiers) samples[s].push(once(s));
  return Object.fromEntries(specifiers.map((s) => [s, median(samples[s])]));
}

export async function reportImportTimes() {
  const t = await measureImportTimes();
  const own = t['kms-contract/msw'] - t.msw;
  console.log(`\nimport time (fresh process, median of ${SAMPLES}; the package as built in dist/)`);
  console.log(`  msw (baseline)          ${t.msw.toFixed(0)} ms`);
  console.log(`  kms-contract/msw        ${t['kms-contract/msw'].toFixed(0)} ms`);
  console.log(
    `  mock's own share        ${own.toFixed(0)} ms = ${(own / t.msw).toFixed(2)} x msw's own import`,
  );
  return t;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await reportImportTimes();
