// A closed-loop HTTP/1.1 load generator: `connections` keep-alive sockets, each sending the next
// request as soon as the previous reply ends, for `durationMs`. It writes the request's bytes
// straight to a socket and reads replies by their framing, as wrk does, rather than through
// node:http's client: at about a tenth of the client's cost per request it is not what limits the
// figures, so they measure the server (node:http's client capped a bare server at half of what it
// answers). The same generator drives every server in a run, so their figures compare.
import net from 'node:net';

/**
 * The length of the first complete reply in `data`, or 0 while it is incomplete. Replies are framed
 * by `content-length` or `transfer-encoding: chunked`.
 */
function replyLength(data) {
  const headEnd = data.indexOf('\r\n\r\n');
  if (headEnd < 0) return 0;
  const head = data.toString('latin1', 0, headEnd);
  const length = /\r\ncontent-length: *(\d+)/i.exec(head);
  if (length) {
    const total = headEnd + 4 + Number(length[1]);
    return data.length >= total ? total : 0;
  }
  if (/\r\ntransfer-encoding: *chunked/i.test(head)) {
    const last = data.indexOf('\r\n0\r\n\r\n', headEnd + 2);
    if (last >= 0) return last + 7;
    // An empty chunked body is the last chunk right after the head.
    return data.indexOf('0\r\n\r\n', headEnd + 4) === headEnd + 4 ? headEnd + 9 : 0;
  }
  return headEnd + 4;
}

export async function load({
  url,
  headers,
  body,
  connections = 16,
  durationMs = 4000,
  warmupMs = 500,
}) {
  const target = new URL(url);
  const payload = Buffer.from(body);
  const lines = Object.entries({ ...headers, host: target.host, 'content-length': payload.length })
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  const request = Buffer.concat([
    Buffer.from(`POST / HTTP/1.1\r\n${lines}\r\n`, 'latin1'),
    payload,
  ]);
  const latencies = [];
  let errors = 0;
  let recording = false;
  let stop = false;

  const connection = () =>
    new Promise((resolve) => {
      const socket = net.connect(Number(target.port), target.hostname);
      socket.setNoDelay(true);
      let pending = Buffer.alloc(0);
      let started = 0n;
      const send = () => {
        if (stop) {
          socket.end();
          return;
        }
        started = process.hrtime.bigint();
        socket.write(request);
      };
      socket.on('connect', send);
      socket.on('data', (chunk) => {
        pending = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk;
        for (let length = replyLength(pending); length > 0; length = replyLength(pending)) {
          const ok = pending.toString('latin1', 0, 12) === 'HTTP/1.1 200';
          pending = pending.subarray(length);
          if (recording) {
            if (ok) latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
            else errors += 1;
          }
          send();
        }
      });
      socket.on('error', () => {
        if (recording) errors += 1;
      });
      socket.on('close', resolve);
    });

  const all = Promise.all(Array.from({ length: connections }, connection));
  await new Promise((r) => setTimeout(r, warmupMs));
  recording = true;
  const t0 = performance.now();
  await new Promise((r) => setTimeout(r, durationMs));
  recording = false;
  const elapsed = (performance.now() - t0) / 1000;
  stop = true;
  await all;
  latencies.sort((a, b) => a - b);
  const pct = (p) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  return {
    rps: latencies.length / elapsed,
    p50: pct(50),
    p99: pct(99),
    ok: latencies.length,
    errors,
    elapsed,
    latencies,
  };
}
