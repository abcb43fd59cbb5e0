// `kms-contract serve` as a container runs it: the docker-compose example's own command line (with
// this machine's port and host), its health check, --log, and a clean exit on SIGTERM and SIGINT.
// There is no Docker engine here: the compose file is parsed and its command run directly.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { GenerateRandomCommand, KMSClient } from '@aws-sdk/client-kms';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerChild, stopAll } from '../reliability/helpers/child.js';
import { assertDistFresh, CLI, ROOT } from '../reliability/helpers/dist.js';

const run = promisify(execFile);
const COMPOSE_FILE = join(ROOT, 'examples', 'docker-compose.yml');
const composeText = readFileSync(COMPOSE_FILE, 'utf8');

interface ComposeService {
  image: string;
  command: string[];
  healthcheck: { test: string[] };
}
const service = (parse(composeText) as { services: { kms: ComposeService } }).services.kms;

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kms-serve-'));
  dirs.push(dir);
  return dir;
}

beforeAll(() => assertDistFresh('src/cli/main.js'));
afterAll(async () => {
  await stopAll();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The value after `flag` in an argument list, replaced. */
function withOption(args: readonly string[], flag: string, value: string): string[] {
  const at = args.indexOf(flag);
  expect(at, `${flag} in the compose command`).toBeGreaterThanOrEqual(0);
  return args.map((arg, i) => (i === at + 1 ? value : arg));
}

describe('the docker-compose example', () => {
  it('is what the README shows', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(
      `\`\`\`yaml\n${composeText}\`\`\``,
    );
  });

  it('runs the official Node image with npx kms-contract serve, checked by /_kms/health', () => {
    expect(service.image).toMatch(/^node:\d+(-[a-z]+)?$/);
    expect(service.command.slice(0, 4)).toEqual(['npx', '--yes', 'kms-contract', 'serve']);
    expect(service.healthcheck.test.slice(0, 3)).toEqual(['CMD', 'node', '-e']);
    expect(service.healthcheck.test[3]).toContain('http://127.0.0.1:4566/_kms/health');
  });

  it('runs as written: healthy, logs each request, and exits 0 on SIGTERM with its data kept', async () => {
    // Only what binds to this machine changes: a free port on 127.0.0.1, a temporary data dir.
    const dataDir = tempDir();
    let args = service.command.slice(4);
    args = withOption(args, '--port', '0');
    args = withOption(args, '--host', '127.0.0.1');
    args = withOption(args, '--data-dir', dataDir);
    const child = await startServerChild({ args: [CLI, 'serve', ...args] });
    expect(child.stdout()).toContain(`keys in ${dataDir}`);

    const port = new URL(child.url).port;
    const check = service.healthcheck.test.slice(1).map((arg) => arg.replace('4566', port));
    const healthy = await run(check[0] ?? 'node', check.slice(1));
    expect(healthy.stderr).toBe('');

    const created = await fetch(child.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'TrentService.CreateKey',
      },
      body: '{"Description":"kept across restarts"}',
    });
    const requestId = created.headers.get('x-amzn-requestid');
    const health = (await (await fetch(`${child.url}/_kms/health`)).json()) as unknown;
    expect(health).toMatchObject({ status: 'ok', keys: 1, store: 'data-dir' });

    const exit = await child.stop('SIGTERM');
    expect(exit).toEqual({ code: 0, signal: null });
    const lines = child.stdout().split('\n');
    expect(
      lines.some(
        (line) => / CreateKey 200 \d+\.\dms /.test(line) && line.endsWith(requestId ?? '-'),
      ),
    ).toBe(true);
    expect(lines.some((line) => line.includes('GET /_kms/health 200'))).toBe(true);
    expect(child.stdout()).not.toContain('kept across restarts');
    expect(child.stdout()).toContain(`SIGTERM received, closing (flushing ${dataDir})`);
    expect(child.stdout()).toContain('mock KMS closed');

    // The key is still there for the next run.
    const again = await startServerChild({ args: [CLI, 'serve', ...args] });
    const after = (await (await fetch(`${again.url}/_kms/health`)).json()) as unknown;
    expect(after).toMatchObject({ keys: 1 });
    expect(await again.stop('SIGINT')).toEqual({ code: 0, signal: null });
    expect(again.stdout()).toContain('SIGINT received, closing');
  });
});

describe('--credentials FILE', () => {
  async function serveWith(
    content: string,
    auth = 'sigv4',
  ): Promise<{ code: number; stderr: string }> {
    const file = join(tempDir(), 'credentials.yaml');
    writeFileSync(file, content);
    try {
      await run(
        process.execPath,
        [CLI, 'serve', '--port', '0', '--auth', auth, '--credentials', file],
        {
          env: { ...process.env, AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '' },
          timeout: 20_000,
        },
      );
      return { code: 0, stderr: '' };
    } catch (error) {
      const failed = error as { code: number; stderr: string };
      return { code: failed.code, stderr: failed.stderr.split('\n')[0] ?? '' };
    }
  }

  it.each([
    [
      'a map instead of a list',
      'accessKeyId: AKID\nsecretAccessKey: s\n',
      'the document is an object, not a list',
    ],
    ['an empty file', '', 'the document is empty, not a list'],
    ['an entry without a secret', '- accessKeyId: AKID\n', 'entry 1 has no secretAccessKey'],
    [
      'a misspelt member',
      '- accessKeyId: AKID\n  secretKey: s\n',
      'entry 1 has unknown member secretKey',
    ],
    [
      'a number for a token',
      '- {accessKeyId: A, secretAccessKey: s, sessionToken: 5}\n',
      'entry 1: sessionToken must be a non-empty string',
    ],
  ])('refuses %s clearly, exit 2', async (_name, content, message) => {
    const result = await serveWith(content);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('credentials.yaml: ');
    expect(result.stderr).toContain(message);
  });

  it('honours sessionToken: a request signed without it is refused', async () => {
    const file = join(tempDir(), 'credentials.json');
    const key = { accessKeyId: 'AKIDSESSION', secretAccessKey: 'session-secret' };
    writeFileSync(file, JSON.stringify([{ ...key, sessionToken: 'the-session-token' }]));
    const child = await startServerChild({
      args: [CLI, 'serve', '--port', '0', '--auth', 'sigv4', '--credentials', file],
      env: { ...process.env, AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '' },
    });
    const client = (credentials: typeof key & { sessionToken?: string }) =>
      new KMSClient({ region: 'us-east-1', endpoint: child.url, credentials, maxAttempts: 1 });
    const withToken = client({ ...key, sessionToken: 'the-session-token' });
    const without = client(key);
    try {
      const out = await withToken.send(new GenerateRandomCommand({ NumberOfBytes: 4 }));
      expect(out.Plaintext).toHaveLength(4);
      await expect(
        without.send(new GenerateRandomCommand({ NumberOfBytes: 4 })),
      ).rejects.toMatchObject({ name: expect.stringMatching(/Exception$/) });
    } finally {
      withToken.destroy();
      without.destroy();
      await child.stop();
    }
  });

  it('is refused without --auth sigv4, where it would be ignored', async () => {
    const result = await serveWith('- {accessKeyId: A, secretAccessKey: s}\n', 'none');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--credentials is read only with --auth sigv4');
  });
});
