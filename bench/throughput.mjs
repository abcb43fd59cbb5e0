// Throughput of `serve` against a bare node:http server, at several connection counts. The two
// servers run side by side for the whole measurement, each in its own process, and take turns in
// short rounds, so load from elsewhere on the machine falls on both alike; each figure pools its
// rounds (requests over measured seconds, latency percentiles over every request).
import { fork } from 'node:child_process';
import { load } from './load.mjs';

/** Starts `bench/servers/<script>` in its own process; resolves to its URL and a stop function. */
export async function startServer(script) {
  const child = fork(new URL(`./servers/${script}`, import.meta.url), {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const { url } = await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  return { url, stop: () => child.kill() };
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/**
 * For each connection count, `rounds` turns of every server (`seconds` measured in all per server
 * and count), in the order given. Returns `{ [name]: { [connections]: { rps, p50, p99, errors } } }`.
 */
export async function compareThroughput({ servers, levels, rounds, seconds, request }) {
  const running = {};
  for (const [name, script] of Object.entries(servers)) running[name] = await startServer(script);
  const results = {};
  try {
    for (const connections of levels) {
      const pooled = Object.fromEntries(
        Object.keys(servers).map((name) => [name, { ok: 0, elapsed: 0, errors: 0, latencies: [] }]),
      );
      for (let round = 0; round < rounds; round++) {
        for (const name of Object.keys(servers)) {
          const r = await load({
            url: running[name].url,
            ...request,
            connections,
            durationMs: (seconds * 1000) / rounds,
            warmupMs: 300,
          });
          const into = pooled[name];
          into.ok += r.ok;
          into.elapsed += r.elapsed;
          into.errors += r.errors;
          for (const latency of r.latencies) into.latencies.push(latency);
        }
      }
      for (const [name, into] of Object.entries(pooled)) {
        into.latencies.sort((a, b) => a - b);
        (results[name] ??= {})[connections] = {
          rps: into.ok / into.elapsed,
          p50: percentile(into.latencies, 50),
          p99: percentile(into.latencies, 99),
          errors: into.errors,
        };
      }
    }
  } finally {
    for (const server of Object.values(running)) server.stop();
  }
  return results;
}
