/**
 * A judge that cannot be fooled or hurt: the runner against tiny local servers that misbehave on
 * purpose. A redirect is a failed verdict and nothing reaches the second origin; a 50 MB reply and
 * an endless stream fail their check while the process stays small and every report is written;
 * ANSI and HTML in `__type` and `message` reach no report raw; a dropped connection fails its
 * check (exit 1); nothing listening, refused credentials, nothing selected or nothing checked stop
 * the run (exit 2) with the cause said once; --timeout and --max-time are honoured.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allChecks } from '../../conformance/checks/index.js';
import { consoleReporter } from '../../conformance/reporters/console.js';
import { htmlReportOf } from '../../conformance/reporters/html.js';
import { junitXmlOf } from '../../conformance/reporters/junit.js';
import { runConformance, type RunOptions, type Summary } from '../../conformance/runner.js';
import { startMockServer } from '../../src/server/start-mock-server.js';
import { assertDistFresh, ROOT } from '../reliability/helpers/dist.js';
import { credentials, startTarget, type Target } from './harness.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

interface Tiny {
  url: string;
  received: Array<{ method: string | undefined; headers: IncomingMessage['headers'] }>;
  close(): Promise<void>;
}

/** A server on 127.0.0.1:0 that records what it receives and answers with `handler`. */
async function tiny(handler: Handler): Promise<Tiny> {
  const received: Tiny['received'] = [];
  const server: Server = createServer((req, res) => {
    received.push({ method: req.method, headers: req.headers });
    req.on('error', () => undefined);
    res.on('error', () => undefined);
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function run(endpoint: string, pattern: string, extra: Partial<RunOptions> = {}): Promise<Summary> {
  return runConformance({
    endpoint,
    region: 'us-east-1',
    credentials: { ...credentials, sessionToken: 'session-token-never-leaves' },
    checks: allChecks,
    pattern,
    seed: 7,
    timeoutMs: 2000,
    ...extra,
  });
}

const outcome = (s: Summary, id: string) => s.results.find((r) => r.check.id === id)?.outcome;

describe('a redirect', () => {
  let second: Tiny;
  let first: Tiny;
  beforeAll(async () => {
    second = await tiny((_req, res) => res.end('{}'));
    first = await tiny((_req, res) => {
      res.writeHead(307, { location: `${second.url}/steal` });
      res.end();
    });
  });
  afterAll(async () => {
    await first.close();
    await second.close();
  });

  it('is a failed verdict showing the Location, and nothing goes to the other origin', async () => {
    const summary = await run(first.url, 'protocol.error-type');
    expect(outcome(summary, 'protocol.error-type')).toMatchObject({
      status: 'fail',
      actual: expect.stringContaining(`redirect to ${second.url}/steal`),
      detail: { kind: 'redirect', actualStatus: 307, operation: 'DescribeKey' },
    });
    expect(summary.exitCode).toBe(1);
    expect(second.received).toEqual([]);
    expect(first.received.length).toBeGreaterThan(0);
    expect(summary.findings[0]).toMatchObject({ kind: 'redirect' });
  });
});

/** Runs the built CLI in a child and reports its exit code, output and peak RSS in MiB. */
function cli(
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string; peakMiB: number }> {
  const main = pathToFileURL(join(ROOT, 'dist/src/cli/main.js')).href;
  const script = `const { main } = await import(${JSON.stringify(main)});
const code = await main(${JSON.stringify(args)});
process.stderr.write('PEAK_RSS_KB ' + process.resourceUsage().maxRSS + '\\n');
process.exit(code);`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      env: { ...process.env, AWS_ACCESS_KEY_ID: 'AKIDTEST', AWS_SECRET_ACCESS_KEY: 'test-secret' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code) => {
      const kb = Number(/PEAK_RSS_KB (\d+)/.exec(stderr)?.[1] ?? NaN);
      resolve({ code: code ?? -1, stdout, stderr, peakMiB: kb / 1024 });
    });
  });
}

describe('replies too large to read', () => {
  const MB = 1024 * 1024;
  let big: Tiny;
  let endless: Tiny;
  let out: string;
  beforeAll(async () => {
    assertDistFresh('src/cli/main.js');
    out = await mkdtemp(join(tmpdir(), 'kms-contract-hostile-'));
    const chunk = Buffer.alloc(64 * 1024, 'a');
    // 50 MB, declared: the runner should not even start reading.
    big = await tiny((_req, res) => {
      res.writeHead(200, {
        'content-type': 'application/x-amz-json-1.1',
        'content-length': 50 * MB,
      });
      let sent = 0;
      const pump = () => {
        while (sent < 50 * MB && !res.destroyed) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
    });
    // Undeclared and endless: only the cap stops it.
    endless = await tiny((_req, res) => {
      res.writeHead(400, { 'content-type': 'application/x-amz-json-1.1' });
      const pump = () => {
        while (!res.destroyed) if (!res.write(chunk)) return void res.once('drain', pump);
      };
      pump();
    });
  });
  afterAll(async () => {
    await big?.close();
    await endless?.close();
    if (out) await rm(out, { recursive: true, force: true });
  });

  it.each([
    ['a 50 MB reply', () => big.url],
    ['an endless stream', () => endless.url],
  ])(
    '%s fails its check, memory stays bounded and every report is written',
    async (name, url) => {
      const dir = join(out, name.replace(/\W+/g, '-'));
      const result = await cli([
        'conform',
        '--endpoint',
        url(),
        '--checks',
        'protocol.error-type,protocol.request-id',
        '--report',
        'console,json,junit,html',
        '--out',
        dir,
        '--timeout',
        '20',
      ]);
      expect(result.code, result.stderr).toBe(1);
      expect(result.stdout).toContain('larger than 1048576 bytes');
      expect(result.peakMiB).toBeLessThan(200);
      expect((await readdir(dir)).sort()).toEqual([
        'conformance.html',
        'conformance.json',
        'conformance.junit.xml',
      ]);
      const report = JSON.parse(await readFile(join(dir, 'conformance.json'), 'utf8')) as {
        results: Array<{ outcome: { detail?: { kind: string } } }>;
      };
      expect(report.results.map((r) => r.outcome.detail?.kind)).toEqual(['too-large', 'too-large']);
    },
    60_000,
  );
});

describe('endpoint text in reports', () => {
  const TYPE = '\u001b[31mEvil<script>alert(1)</script>\u0007';
  const MESSAGE = '\u001b]0;pwned\u0007\r<img src=x onerror=alert(1)>\u009b2J\u202e';
  let evil: Tiny;
  let summary: Summary;
  let consoleText = '';
  beforeAll(async () => {
    evil = await tiny((_req, res) => {
      res.writeHead(400, { 'content-type': 'application/x-amz-json-1.1' });
      res.end(JSON.stringify({ __type: TYPE, message: MESSAGE }));
    });
    summary = await run(evil.url, 'protocol.*', {
      reporters: [consoleReporter((t) => (consoleText += t))],
    });
  });
  afterAll(() => evil.close());

  it('reach the console with every control character escaped', () => {
    expect(consoleText).toContain('Evil');
    // eslint-disable-next-line no-control-regex
    expect(consoleText).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(consoleText).toContain('\\u001b');
  });

  it('reach HTML escaped and JUnit as valid XML text', () => {
    const html = htmlReportOf(summary);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;');
    const xml = junitXmlOf(summary);
    // eslint-disable-next-line no-control-regex
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(xml).not.toContain('<script>');
  });
});

describe('findings', () => {
  it('group the failures that share a symptom (operation, status, __type)', async () => {
    const broken = await tiny((_req, res) => {
      res.writeHead(500, { 'content-type': 'application/x-amz-json-1.1' });
      res.end(JSON.stringify({ __type: 'InternalFailure', message: 'boom' }));
    });
    try {
      const summary = await run(broken.url, 'protocol.*,validation.*');
      const finding = summary.findings.find(
        (f) => f.symptom === 'GenerateDataKey → HTTP 500 InternalFailure',
      );
      expect(finding?.checks).toEqual(
        expect.arrayContaining(['protocol.missing-target', 'protocol.malformed-json']),
      );
      expect(finding?.severity).toBe('required');
      const failed = summary.results.filter((r) => r.outcome.status === 'fail').length;
      expect(summary.findings.length).toBeLessThan(failed);
      expect(summary.findings.flatMap((f) => f.checks).sort()).toEqual(
        summary.results
          .filter((r) => r.outcome.status === 'fail')
          .map((r) => r.check.id)
          .sort(),
      );
    } finally {
      await broken.close();
    }
  });
});

describe('a connection dropped mid-check', () => {
  let honest: Target;
  let dropping: Tiny;
  beforeAll(async () => {
    honest = await startTarget();
    // Forwards to the honest mock, except that it resets the connection on every Decrypt.
    dropping = await tiny((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        if (req.headers['x-amz-target'] === 'TrentService.Decrypt')
          return void req.socket.destroy();
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
        fetch(honest.url, { method: 'POST', headers, body: Buffer.concat(chunks) })
          .then(async (r) => {
            res.writeHead(r.status, { 'content-type': r.headers.get('content-type') ?? '' });
            res.end(Buffer.from(await r.arrayBuffer()));
          })
          .catch(() => req.socket.destroy());
      });
    });
  });
  afterAll(async () => {
    await dropping.close();
    await honest.close();
  });

  it('fails that check (exit 1), not the run', async () => {
    const summary = await run(dropping.url, 'crypto.decrypt-round-trip,protocol.success-status');
    expect(outcome(summary, 'crypto.decrypt-round-trip')).toMatchObject({
      status: 'fail',
      detail: { kind: 'connection', operation: 'Decrypt' },
    });
    expect(outcome(summary, 'protocol.success-status')).toEqual({ status: 'pass' });
    expect(summary.exitCode).toBe(1);
  });
});

describe('a run that cannot judge', () => {
  it('stops with exit 2 when nothing listens, saying ECONNREFUSED once', async () => {
    const gone = await tiny((_req, res) => res.end());
    await gone.close();
    const summary = await run(gone.url, '*');
    expect(summary.exitCode).toBe(2);
    expect(summary.results).toEqual([]);
    expect(summary.stopReason).toMatch(/unreachable.*ECONNREFUSED/);
  });

  it('stops with exit 2 when the endpoint refuses the runner’s credentials', async () => {
    const strict = await startMockServer({
      auth: 'sigv4',
      credentials: [{ accessKeyId: 'AKIDOTHER', secretAccessKey: 'other-secret' }],
    });
    try {
      const summary = await run(strict.url, '*');
      expect(summary.exitCode).toBe(2);
      expect(summary.results).toEqual([]);
      expect(summary.stopReason).toMatch(/refused the runner's credentials: HTTP 4\d\d \w+/);
    } finally {
      await strict.close();
    }
  });

  it('stops with exit 2 when no check is selected', async () => {
    const summary = await run('http://127.0.0.1:9', 'no-such-area.*');
    expect(summary.exitCode).toBe(2);
    expect(summary.stopReason).toMatch(/no check selected/);
  });

  it('exits 2 when every required check was skipped', async () => {
    const honest = await startTarget();
    try {
      const summary = await run(honest.url, 'crypto.*', {
        keyIds: ['00000000-0000-4000-8000-00000000beef'],
      });
      expect(summary.counts.skip).toBe(summary.results.length);
      expect(summary.exitCode).toBe(2);
      expect(summary.stopReason).toMatch(/nothing was checked/);
    } finally {
      await honest.close();
    }
  });
});

describe('time limits', () => {
  let hang: Tiny;
  let slow: Tiny;
  let honest: Target;
  beforeAll(async () => {
    hang = await tiny(() => undefined);
    honest = await startTarget();
    slow = await tiny((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
        setTimeout(() => {
          fetch(honest.url, { method: 'POST', headers, body: Buffer.concat(chunks) })
            .then(async (r) => {
              res.writeHead(r.status, { 'content-type': r.headers.get('content-type') ?? '' });
              res.end(Buffer.from(await r.arrayBuffer()));
            })
            .catch(() => req.socket.destroy());
        }, 50);
      });
    });
  });
  afterAll(async () => {
    await hang.close();
    await slow.close();
    await honest.close();
  });

  it('--timeout: an endpoint that never answers stops the run at the start, timed out', async () => {
    const t0 = performance.now();
    const summary = await run(hang.url, '*', { timeoutMs: 300 });
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(summary.exitCode).toBe(2);
    expect(summary.stopReason).toMatch(/unreachable: timed out/);
  });

  it('--max-time: what has not finished is skipped, and the run exits 2', async () => {
    const t0 = performance.now();
    const summary = await run(slow.url, 'randomness.*', { maxTimeMs: 1500 });
    expect(performance.now() - t0).toBeLessThan(8000);
    expect(summary.exitCode).toBe(2);
    expect(summary.stopReason).toMatch(/--max-time/);
    expect(summary.results.some((r) => r.outcome.status === 'skip')).toBe(true);
  });
});
