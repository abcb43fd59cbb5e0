// A small closed-loop HTTP load generator: `connections` keep-alive sockets, each sending the next
// request as soon as the previous reply ends, for `durationMs`. The same generator drives every
// server in a run, so their figures compare.
import http from 'node:http';

export async function load({
  url,
  headers,
  body,
  connections = 16,
  durationMs = 4000,
  warmupMs = 500,
}) {
  const target = new URL(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const payload = Buffer.from(body);
  const latencies = [];
  let errors = 0;
  let recording = false;
  let stop = false;

  const once = () =>
    new Promise((resolve) => {
      const started = process.hrtime.bigint();
      const req = http.request(
        {
          host: target.hostname,
          port: target.port,
          path: '/',
          method: 'POST',
          agent,
          headers: { ...headers, 'content-length': payload.length },
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            if (recording) {
              if (res.statusCode === 200)
                latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
              else errors += 1;
            }
            resolve();
          });
        },
      );
      req.on('error', () => {
        if (recording) errors += 1;
        resolve();
      });
      req.end(payload);
    });

  const worker = async () => {
    while (!stop) await once();
  };
  const workers = Array.from({ length: connections }, worker);
  await new Promise((r) => setTimeout(r, warmupMs));
  recording = true;
  const t0 = performance.now();
  await new Promise((r) => setTimeout(r, durationMs));
  recording = false;
  const elapsed = (performance.now() - t0) / 1000;
  stop = true;
  await Promise.all(workers);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const pct = (p) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  return {
    rps: latencies.length / elapsed,
    p50: pct(50),
    p99: pct(99),
    ok: latencies.length,
    errors,
  };
}
