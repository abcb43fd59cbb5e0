/**
 * Secrets stay out of logs and reports. Every plaintext that crosses the wire (data keys,
 * GenerateRandom bytes, Encrypt and Decrypt plaintexts) is collected, by a recording proxy or by
 * the test itself, together with a seeded key's fixed material and the SigV4 secret keys in use;
 * none of them, in base64, base64url or hex, may appear in:
 * - the stdout and stderr of a `kms-contract serve --seed` child, through a run that includes the
 *   internal errors we can provoke (a 500 is logged to stderr with its stack);
 * - the stdout, stderr and report files (every format the reporters offer) of a full
 *   `kms-contract conform` run against that server;
 * - what an in-process server's logger receives when its key store fails, or when SigV4
 *   refuses a request (refusals are not logged at all, and no reply carries the secret);
 * - what `serve` prints when a seed is refused.
 * Error replies must not echo a plaintext either (the wire is a log too, for whoever proxies it).
 */
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_FORMATS } from '../../conformance/reporters/index.js';
import { signHeaders } from '../../src/client/sign.js';
import { startMockServer, type MockServer } from '../../src/server/start-mock-server.js';
import { startServerChild, stopAll, type ServerChild } from './helpers/child.js';
import { CLI, ROOT, assertDistFresh } from './helpers/dist.js';
import { callKms, mustCall, sendRaw } from './helpers/raw-http.js';
import { Secrets, plaintextsIn, startRecordingProxy, type Exchange } from './helpers/secrets.js';

/** A fixed seeded key: the same id and material every run. */
const SEEDED_KEY = '5ec2e75e-0000-4000-8000-000000000001';
const SEEDED_MATERIAL = createHash('sha256').update('kms-contract secrets test').digest();
const SIGV4_SECRET = `test/secret+${randomBytes(12).toString('base64url')}`;

let work = '';
let agent: Agent;
beforeAll(async () => {
  assertDistFresh('src/cli/main.js');
  work = await mkdtemp(join(tmpdir(), 'kms-contract-secrets-'));
  agent = new Agent({ keepAlive: true, maxSockets: 8 });
});
afterAll(async () => {
  agent?.destroy();
  await stopAll();
  if (work) await rm(work, { recursive: true, force: true });
});

async function writeSeed(name: string, material: Buffer | string): Promise<string> {
  const path = join(work, name);
  const text = typeof material === 'string' ? material : material.toString('base64');
  await writeFile(
    path,
    `keys:\n  - id: ${SEEDED_KEY}\n    material: ${text}\n    description: secrets test\naliases:\n  - name: alias/seeded\n    targetKeyId: ${SEEDED_KEY}\n`,
  );
  return path;
}

function materialSecrets(): Secrets {
  const secrets = new Secrets();
  secrets.addBase64(SEEDED_MATERIAL.toString('base64'), 'seeded key material');
  return secrets;
}

/** Every file under `dir`, with its text. */
async function filesUnder(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path, await readFile(path, 'utf8'));
  }
  return files;
}

/** A non-canonical spelling of `bytes` (padding bits set): it passes the spec's pattern. */
function nonCanonical(bytes: Buffer): string {
  const text = bytes.toString('base64');
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const at = text.indexOf('=') - 1;
  const last = alphabet.indexOf(text[at] ?? 'A');
  return `${text.slice(0, at)}${alphabet[last | 1] ?? 'B'}${text.slice(at + 1)}`;
}

describe('a serve child and a full conform run', () => {
  let server: ServerChild;
  let proxy: { url: string; close(): Promise<void> };
  const exchanges: Exchange[] = [];
  const secrets = materialSecrets();
  secrets.addText(SIGV4_SECRET, 'the SigV4 secret access key');

  beforeAll(async () => {
    const seed = await writeSeed('seed.yaml', SEEDED_MATERIAL);
    server = await startServerChild({ args: [CLI, 'serve', '--port', '0', '--seed', seed] });
    proxy = await startRecordingProxy(server.url, (exchange) => {
      exchanges.push(exchange);
      for (const p of [...plaintextsIn(exchange.request), ...plaintextsIn(exchange.response)]) {
        secrets.addBase64(p, `a plaintext of ${exchange.target}`);
      }
    });
  });
  afterAll(async () => {
    await proxy?.close();
  });

  it('serve prints no plaintext or key material, internal errors included', async () => {
    const call = (op: string, input: Record<string, unknown>) =>
      callKms(proxy.url, agent, op, input);
    const dataKeys: { blob: string; context: Record<string, string> }[] = [];
    for (const [i, keyId] of [
      SEEDED_KEY,
      'alias/seeded',
      `arn:aws:kms:us-east-1:111122223333:key/${SEEDED_KEY}`,
    ].entries()) {
      const context = { purpose: 'secrets', n: String(i) };
      for (const size of [{ KeySpec: 'AES_256' }, { KeySpec: 'AES_128' }, { NumberOfBytes: 64 }]) {
        const out = await mustCall(proxy.url, agent, 'GenerateDataKey', {
          KeyId: keyId,
          ...size,
          EncryptionContext: context,
        });
        dataKeys.push({ blob: String(out['CiphertextBlob']), context });
      }
    }
    for (const { blob, context } of dataKeys) {
      await mustCall(proxy.url, agent, 'Decrypt', {
        CiphertextBlob: blob,
        EncryptionContext: context,
      });
      // Refusals that see the ciphertext: a wrong context, a damaged blob.
      expect(
        (await call('Decrypt', { CiphertextBlob: blob, EncryptionContext: { wrong: 'context' } }))
          ?.status,
      ).toBe(400);
      const damaged = Buffer.from(blob, 'base64');
      damaged[damaged.length - 1] = (damaged[damaged.length - 1] ?? 0) ^ 1;
      expect((await call('Decrypt', { CiphertextBlob: damaged.toString('base64') }))?.status).toBe(
        400,
      );
    }
    for (let i = 0; i < 4; i++) {
      const plaintext = randomBytes(32).toString('base64');
      const out = await mustCall(proxy.url, agent, 'Encrypt', {
        KeyId: SEEDED_KEY,
        Plaintext: plaintext,
      });
      await mustCall(proxy.url, agent, 'ReEncrypt', {
        CiphertextBlob: out['CiphertextBlob'],
        DestinationKeyId: 'alias/seeded',
      });
      await mustCall(proxy.url, agent, 'GenerateRandom', { NumberOfBytes: 32 });
    }
    // Refusals whose request carries a plaintext: too long for Encrypt, a disabled key...
    const long = randomBytes(4097).toString('base64');
    secrets.addBase64(long, 'a 4,097-byte Encrypt plaintext');
    expect((await call('Encrypt', { KeyId: SEEDED_KEY, Plaintext: long }))?.status).toBe(400);
    // ...and the internal errors we can provoke (the known faults of known-issues.test.ts; if
    // they are fixed, these are ordinary refusals and the check still holds).
    const oddSpelling = nonCanonical(randomBytes(31));
    secrets.addBase64(oddSpelling, 'a non-canonical Encrypt plaintext');
    const crowded = Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`k${i}`, 'v']));
    const hidden = randomBytes(32).toString('base64');
    secrets.addBase64(hidden, 'an Encrypt plaintext with a huge context');
    const provoked = [
      await call('Encrypt', { KeyId: SEEDED_KEY, Plaintext: oddSpelling }),
      await call('Encrypt', { KeyId: SEEDED_KEY, Plaintext: hidden, EncryptionContext: crowded }),
    ];
    const internal = provoked.filter((r) => r?.status === 500).length;

    // No error reply echoes a plaintext, and no reply at all carries key material.
    const leaks: string[] = [];
    for (const [i, e] of exchanges.entries()) {
      const text = e.response.toString('utf8');
      if (e.status !== 200) leaks.push(...secrets.findIn(text, `error reply ${i} to ${e.target}`));
      leaks.push(...materialSecrets().findIn(text, `reply ${i} to ${e.target}`));
    }
    // The detector itself works: the data keys are right there in the successful replies.
    const delivered = exchanges.filter(
      (e) => e.status === 200 && e.target.endsWith('GenerateDataKey'),
    );
    expect(
      delivered.flatMap((e) => secrets.findIn(e.response.toString('utf8'), 'a reply')),
    ).not.toEqual([]);
    leaks.push(...secrets.findIn(server.stdout(), 'serve stdout'));
    leaks.push(...secrets.findIn(server.stderr(), 'serve stderr'));
    expect(leaks).toEqual([]);
    console.info(
      `secrets (serve): ${exchanges.length} exchanges, ${secrets.size} secret spellings, ` +
        `${internal} internal errors provoked, ${server.stderr().split('\n').length - 1} stderr lines`,
    );
  });

  it('a full conform run writes its reports and output without any of them', async () => {
    const formats = Object.keys(REPORT_FORMATS);
    const out = join(work, 'reports');
    await mkdir(out);
    const before = exchanges.length;
    const run = spawn(
      process.execPath,
      [CLI, 'conform', '--endpoint', proxy.url, '--report', formats.join(','), '--out', out],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...process.env,
          AWS_ACCESS_KEY_ID: 'AKIDSECRETSTEST',
          AWS_SECRET_ACCESS_KEY: SIGV4_SECRET,
        },
      },
    );
    let stdout = '';
    let stderr = '';
    run.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    run.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => run.on('exit', resolve));
    // 0: conforms; 1: a check failed (still a full run, with failure details in the reports).
    expect([0, 1], `conform exited ${code}: ${stderr}`).toContain(code);
    expect(exchanges.length - before, 'the run went through the proxy').toBeGreaterThan(100);

    const files = await filesUnder(out);
    // Each format but console writes a file.
    expect(files.size, [...files.keys()].join(', ')).toBe(
      formats.filter((f) => f !== 'console').length,
    );
    const leaks = [
      ...secrets.findIn(stdout, 'conform stdout'),
      ...secrets.findIn(stderr, 'conform stderr'),
      ...[...files].flatMap(([path, text]) => secrets.findIn(text, path.slice(out.length + 1))),
      ...secrets.findIn(server.stdout(), 'serve stdout'),
      ...secrets.findIn(server.stderr(), 'serve stderr'),
    ];
    expect(leaks).toEqual([]);
    const plaintexts = exchanges
      .slice(before)
      .filter((e) => plaintextsIn(e.response).length > 0).length;
    // The detector knows the run's own data keys: they are in the replies the proxy saw.
    const seen = exchanges
      .slice(before)
      .flatMap((e) => secrets.findIn(e.response.toString('utf8'), e.target));
    expect(seen.length).toBeGreaterThan(0);
    console.info(
      `secrets (conform): formats ${formats.join(', ')}; ${exchanges.length - before} exchanges, ${plaintexts} replies with a plaintext; ` +
        `${[...files].map(([p, t]) => `${p.slice(out.length + 1)} ${t.length} B`).join(', ')}; exit ${code}`,
    );
  }, 60_000);
});

describe('an in-process server', () => {
  let kms: MockServer;
  const logged: string[] = [];
  const logger = {
    error(message: string, detail: unknown) {
      logged.push(`${message} ${detail instanceof Error ? (detail.stack ?? '') : String(detail)}`);
    },
  };
  afterAll(async () => {
    await kms?.close();
  });

  it('logs a failing key store without request bodies or data keys', async () => {
    kms = await startMockServer({
      logger,
      seed: {
        keys: [
          {
            id: SEEDED_KEY,
            material: new Uint8Array(SEEDED_MATERIAL),
            description: '',
            keySpec: 'SYMMETRIC_DEFAULT',
            keyUsage: 'ENCRYPT_DECRYPT',
            state: 'Enabled',
          },
        ],
        aliases: [],
      },
    });
    const secrets = materialSecrets();
    const out = await mustCall(kms.url, agent, 'GenerateDataKey', {
      KeyId: SEEDED_KEY,
      KeySpec: 'AES_256',
    });
    secrets.addBase64(String(out['Plaintext']), 'a data key');
    const plaintext = randomBytes(32).toString('base64');
    secrets.addBase64(plaintext, 'an Encrypt plaintext');

    const store = kms.engine.store;
    const getKey = store.getKey.bind(store);
    store.getKey = () => Promise.reject(new Error('the disk is on fire'));
    try {
      const replies = [
        await callKms(kms.url, agent, 'Encrypt', { KeyId: SEEDED_KEY, Plaintext: plaintext }),
        await callKms(kms.url, agent, 'Decrypt', { CiphertextBlob: out['CiphertextBlob'] }),
        await callKms(kms.url, agent, 'GenerateDataKey', { KeyId: SEEDED_KEY, KeySpec: 'AES_256' }),
      ];
      for (const reply of replies) {
        expect(reply).toMatchObject({ status: 500, body: { __type: 'KMSInternalException' } });
      }
    } finally {
      store.getKey = getKey;
    }
    expect(logged).toHaveLength(3);
    expect(logged.join('\n')).toContain('the disk is on fire');
    expect(logged.flatMap((line, i) => secrets.findIn(line, `log line ${i}`))).toEqual([]);
  });

  it('refuses unsigned and badly signed requests without logging or echoing the secret', async () => {
    const accessKeyId = 'AKIDSECRETSTEST';
    const signed = await startMockServer({
      logger,
      auth: 'sigv4',
      credentials: [{ accessKeyId, secretAccessKey: SIGV4_SECRET }],
    });
    const before = logged.length;
    try {
      const url = new URL(signed.url);
      const body = JSON.stringify({ NumberOfBytes: 32 });
      const base = {
        'x-amz-target': 'TrentService.GenerateRandom',
        'content-type': 'application/x-amz-json-1.1',
      };
      const sign = (secretAccessKey = SIGV4_SECRET, id = accessKeyId, signingDate?: Date) =>
        signHeaders({
          url,
          headers: base,
          body,
          region: 'us-east-1',
          credentials: { accessKeyId: id, secretAccessKey },
          ...(signingDate ? { signingDate } : {}),
        });
      const good = await sign();
      const without = (headers: Record<string, string>, name: string) =>
        Object.fromEntries(Object.entries(headers).filter(([n]) => n.toLowerCase() !== name));
      const cases: [string, Record<string, string>, string, string][] = [
        ['signed correctly', good, body, ''],
        [
          'no Authorization header',
          without(good, 'authorization'),
          body,
          'MissingAuthenticationTokenException',
        ],
        [
          'a malformed Authorization header',
          { ...without(good, 'authorization'), authorization: 'AWS4-HMAC-SHA256 Credential=x' },
          body,
          'IncompleteSignatureException',
        ],
        [
          'an unknown access key',
          await sign(SIGV4_SECRET, 'AKIDNOBODY'),
          body,
          'UnrecognizedClientException',
        ],
        ['a wrong signature', await sign(`${SIGV4_SECRET}x`), body, 'InvalidSignatureException'],
        [
          'the body changed after signing',
          good,
          JSON.stringify({ NumberOfBytes: 64 }),
          'InvalidSignatureException',
        ],
        [
          'a date 20 minutes old',
          await sign(SIGV4_SECRET, accessKeyId, new Date(Date.now() - 20 * 60_000)),
          body,
          'InvalidSignatureException',
        ],
        [
          'a signed header missing',
          without(good, 'content-type'),
          body,
          'InvalidSignatureException',
        ],
      ];
      for (const [name, headers, sent, want] of cases) {
        const outcome = await sendRaw(signed.url, agent, {
          method: 'POST',
          path: '/',
          headers: Object.entries(headers),
          body: Buffer.from(sent),
          delivery: { kind: 'whole' },
        });
        if (outcome.kind !== 'reply') throw new Error(`${name}: no reply`);
        const reply = JSON.parse(outcome.body.toString('utf8')) as Record<string, unknown>;
        expect(want === '' ? outcome.status : reply['__type'], name).toBe(want === '' ? 200 : want);
        expect(outcome.body.toString('utf8'), name).not.toContain(SIGV4_SECRET);
      }
    } finally {
      await signed.close();
    }
    expect(logged.slice(before), 'refusals are replies, not internal failures').toEqual([]);
  });
});

describe('a refused seed', () => {
  async function serveOnce(args: string[]): Promise<{ code: number | null; output: string }> {
    const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    clearTimeout(timer);
    return { code, output };
  }

  it('names the problem without printing the material', async () => {
    const secrets = materialSecrets();
    const short = SEEDED_MATERIAL.subarray(0, 31);
    secrets.addBase64(short.toString('base64'), 'a 31-byte seed material');
    const wrongLength = await serveOnce(['--seed', await writeSeed('short.yaml', short)]);
    expect(wrongLength.code).toBe(2);
    expect(wrongLength.output).toMatch(/material/);

    // Material that differs from what the data directory already holds for that key id.
    const dataDir = join(work, 'seeded-data');
    const first = await startServerChild({
      args: [
        CLI,
        'serve',
        '--port',
        '0',
        '--data-dir',
        dataDir,
        '--seed',
        await writeSeed('first.yaml', SEEDED_MATERIAL),
      ],
    });
    await first.stop('SIGTERM');
    const other = createHash('sha256').update('another material').digest();
    secrets.addBase64(other.toString('base64'), 'the other seed material');
    const conflict = await serveOnce([
      '--data-dir',
      dataDir,
      '--seed',
      await writeSeed('other.yaml', other),
    ]);
    expect(conflict.code).toBe(2);

    const broken = await serveOnce([
      '--seed',
      await writeSeed('broken.yaml', `${SEEDED_MATERIAL.toString('base64')}: [`),
    ]);
    expect(broken.code).toBe(2);

    expect([
      ...secrets.findIn(wrongLength.output, 'the short-material refusal'),
      ...secrets.findIn(first.stdout() + first.stderr(), 'the first seeded serve'),
      ...secrets.findIn(conflict.output, 'the conflicting-material refusal'),
      ...secrets.findIn(broken.output, 'the unparsable-seed refusal'),
    ]).toEqual([]);
    console.info(
      `secrets (seed refusals):\n${[wrongLength, conflict, broken].map((r) => `  ${r.output.trim().split('\n')[0] ?? ''}`).join('\n')}`,
    );
  });
});
