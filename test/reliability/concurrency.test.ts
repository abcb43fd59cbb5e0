/**
 * Concurrency: 1,000 mixed requests fired at once from five clients (four @aws-sdk/client-kms
 * clients, each with its own connection pool, and raw node:http requests) against one
 * in-process `startMockServer()`, with keys in memory and with a data directory. Afterwards the
 * key store must be consistent: every listed key describable, every alias resolving to its
 * target, every data key and ciphertext decrypting, and every race decided exactly once (two
 * CreateAlias of one name: one success and one AlreadyExistsException; two DeleteAlias of one
 * name: one success and one NotFoundException).
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as kms from '@aws-sdk/client-kms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../src/server/start-mock-server.js';
import { sendRaw } from './helpers/raw-http.js';
import { operationOf, replyProblems } from './helpers/replies.js';

const SDK_CLIENTS = 4;
const TOTAL = 1_000;

type Wire = Record<string, unknown>;
type Outcome =
  | { readonly ok: true; readonly out: Wire }
  | { readonly ok: false; readonly type: string; readonly status: number };

/** One way of sending a KMS call: an SDK client or raw requests; inputs and outputs in wire form. */
interface Caller {
  readonly name: string;
  call(operation: string, input: Wire): Promise<Outcome>;
  close(): void;
}

const BLOB_MEMBERS = new Set(['Plaintext', 'CiphertextBlob']);

/** Wire form (base64 blobs) to SDK form (bytes). */
function toSdk(input: Wire): Wire {
  return Object.fromEntries(
    Object.entries(input).map(([k, v]) => [
      k,
      BLOB_MEMBERS.has(k) && typeof v === 'string' ? Buffer.from(v, 'base64') : v,
    ]),
  );
}

/** SDK output back to wire form: bytes to base64, dates to epoch seconds. */
function fromSdk(value: unknown): unknown {
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (value instanceof Date) return value.getTime() / 1000;
  if (Array.isArray(value)) return value.map(fromSdk);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== '$metadata')
        .map(([k, v]) => [k, fromSdk(v)]),
    );
  }
  return value;
}

function send(client: kms.KMSClient, operation: string, raw: Wire): Promise<unknown> {
  const input = toSdk(raw);
  switch (operation) {
    case 'CreateKey':
      return client.send(new kms.CreateKeyCommand(input as kms.CreateKeyCommandInput));
    case 'CreateAlias':
      return client.send(
        new kms.CreateAliasCommand(input as unknown as kms.CreateAliasCommandInput),
      );
    case 'DeleteAlias':
      return client.send(
        new kms.DeleteAliasCommand(input as unknown as kms.DeleteAliasCommandInput),
      );
    case 'GenerateDataKey':
      return client.send(
        new kms.GenerateDataKeyCommand(input as unknown as kms.GenerateDataKeyCommandInput),
      );
    case 'Encrypt':
      return client.send(new kms.EncryptCommand(input as unknown as kms.EncryptCommandInput));
    case 'Decrypt':
      return client.send(new kms.DecryptCommand(input as unknown as kms.DecryptCommandInput));
    case 'DescribeKey':
      return client.send(
        new kms.DescribeKeyCommand(input as unknown as kms.DescribeKeyCommandInput),
      );
    case 'ListKeys':
      return client.send(new kms.ListKeysCommand(input as kms.ListKeysCommandInput));
    case 'ListAliases':
      return client.send(new kms.ListAliasesCommand(input as kms.ListAliasesCommandInput));
    case 'DisableKey':
      return client.send(new kms.DisableKeyCommand(input as unknown as kms.DisableKeyCommandInput));
    case 'EnableKey':
      return client.send(new kms.EnableKeyCommand(input as unknown as kms.EnableKeyCommandInput));
    case 'ScheduleKeyDeletion':
      return client.send(
        new kms.ScheduleKeyDeletionCommand(input as unknown as kms.ScheduleKeyDeletionCommandInput),
      );
    case 'CancelKeyDeletion':
      return client.send(
        new kms.CancelKeyDeletionCommand(input as unknown as kms.CancelKeyDeletionCommandInput),
      );
    case 'GenerateRandom':
      return client.send(new kms.GenerateRandomCommand(input as kms.GenerateRandomCommandInput));
    default:
      throw new Error(`no SDK command for ${operation}`);
  }
}

function sdkCaller(url: string, index: number): Caller {
  const httpAgent = new Agent({ keepAlive: true, maxSockets: 50 });
  const client = new kms.KMSClient({
    region: 'us-east-1',
    endpoint: url,
    credentials: { accessKeyId: 'AKIDCONCURRENCY', secretAccessKey: 'not-checked' },
    maxAttempts: 1,
    requestHandler: { httpAgent },
  });
  return {
    name: `sdk-${index}`,
    async call(operation, input) {
      try {
        return { ok: true, out: fromSdk(await send(client, operation, input)) as Wire };
      } catch (error) {
        if (!(error instanceof kms.KMSServiceException)) throw error;
        return { ok: false, type: error.name, status: error.$metadata.httpStatusCode ?? 0 };
      }
    },
    close() {
      client.destroy();
      httpAgent.destroy();
    },
  };
}

/** Raw requests; every reply is also checked against the spec here. */
function rawCaller(url: string, problems: string[]): Caller {
  const agent = new Agent({ keepAlive: true, maxSockets: 50 });
  return {
    name: 'raw',
    async call(operation, input) {
      const headers: [string, string][] = [
        ['x-amz-target', `TrentService.${operation}`],
        ['content-type', 'application/x-amz-json-1.1'],
      ];
      const outcome = await sendRaw(url, agent, {
        method: 'POST',
        path: '/',
        headers,
        body: Buffer.from(JSON.stringify(input)),
        delivery: { kind: 'whole' },
      });
      if (outcome.kind !== 'reply') throw new Error(`${operation}: no reply (${outcome.kind})`);
      const op = operationOf('POST', headers);
      for (const p of replyProblems(op, outcome.status, outcome.headers, outcome.body)) {
        problems.push(`${operation}: ${p}`);
      }
      const text = outcome.body.toString('utf8');
      const body = (text === '' ? {} : JSON.parse(text)) as Wire;
      return outcome.status === 200
        ? { ok: true, out: body }
        : { ok: false, type: String(body['__type']), status: outcome.status };
    },
    close() {
      agent.destroy();
    },
  };
}

/** One planned request: what to send, and which refusals are acceptable for it. */
interface Planned {
  readonly operation: string;
  readonly input: Wire;
  /** Error types this request may get in a race; any other refusal fails the test. */
  readonly mayFail: readonly string[];
  readonly tag?: string;
}

interface Setup {
  cryptoKeys: string[];
  cryptoArns: string[];
  toggleKeys: string[];
  doomedKeys: string[];
  ciphertexts: { blob: string; plaintext: string; context: Record<string, string> }[];
}

async function setUp(caller: Caller): Promise<Setup> {
  const must = async (operation: string, input: Wire): Promise<Wire> => {
    const outcome = await caller.call(operation, input);
    if (!outcome.ok) throw new Error(`set-up ${operation} failed: ${outcome.type}`);
    return outcome.out;
  };
  const key = async (description: string) =>
    (await must('CreateKey', { Description: description }))['KeyMetadata'] as {
      KeyId: string;
      Arn: string;
    };
  const setup: Setup = {
    cryptoKeys: [],
    cryptoArns: [],
    toggleKeys: [],
    doomedKeys: [],
    ciphertexts: [],
  };
  for (let i = 0; i < 8; i++) {
    const meta = await key(`crypto ${i}`);
    setup.cryptoKeys.push(meta.KeyId);
    setup.cryptoArns.push(meta.Arn);
    await must('CreateAlias', { AliasName: `alias/crypto-${i}`, TargetKeyId: meta.KeyId });
  }
  for (let i = 0; i < 4; i++) setup.toggleKeys.push((await key(`toggle ${i}`)).KeyId);
  for (let i = 0; i < 4; i++) setup.doomedKeys.push((await key(`doomed ${i}`)).KeyId);
  for (let i = 0; i < 10; i++) {
    await must('CreateAlias', {
      AliasName: `alias/delete-race-${i}`,
      TargetKeyId: setup.toggleKeys[i % 4],
    });
  }
  for (let i = 0; i < 20; i++) {
    const context = { setup: String(i) };
    const out = await must('GenerateDataKey', {
      KeyId: setup.cryptoKeys[i % 8],
      KeySpec: 'AES_256',
      EncryptionContext: context,
    });
    setup.ciphertexts.push({
      blob: String(out['CiphertextBlob']),
      plaintext: String(out['Plaintext']),
      context,
    });
  }
  return setup;
}

/** The 1,000 requests, in an order that interleaves every kind. */
function plan(setup: Setup): Planned[] {
  const out: Planned[] = [];
  const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;
  const cryptoRef = (i: number): string =>
    [pick(setup.cryptoKeys, i), pick(setup.cryptoArns, i), `alias/crypto-${i % 8}`][i % 3] ?? '';
  for (let i = 0; i < 100; i++)
    out.push({ operation: 'CreateKey', input: { Description: `concurrent ${i}` }, mayFail: [] });
  for (let i = 0; i < 40; i++) {
    // The same name twice, to two different targets: exactly one may win.
    for (const side of [0, 1]) {
      out.push({
        operation: 'CreateAlias',
        input: { AliasName: `alias/race-${i}`, TargetKeyId: pick(setup.cryptoKeys, i + side) },
        mayFail: ['AlreadyExistsException'],
        tag: `race-${i}`,
      });
    }
  }
  for (let i = 0; i < 20; i++) {
    out.push({
      operation: 'CreateAlias',
      input: { AliasName: `alias/solo-${i}`, TargetKeyId: pick(setup.toggleKeys, i) },
      mayFail: [],
    });
  }
  for (let i = 0; i < 10; i++) {
    for (let twice = 0; twice < 2; twice++) {
      out.push({
        operation: 'DeleteAlias',
        input: { AliasName: `alias/delete-race-${i}` },
        mayFail: ['NotFoundException'],
        tag: `delete-${i}`,
      });
    }
  }
  for (let i = 0; i < 300; i++) {
    const spec = i % 2 === 0 ? { KeySpec: 'AES_256' } : { NumberOfBytes: 16 + (i % 48) };
    out.push({
      operation: 'GenerateDataKey',
      input: { KeyId: cryptoRef(i), ...spec, EncryptionContext: { n: String(i) } },
      mayFail: [],
    });
  }
  for (let i = 0; i < 100; i++) {
    out.push({
      operation: 'Encrypt',
      input: { KeyId: cryptoRef(i), Plaintext: randomBytes(1 + (i % 64)).toString('base64') },
      mayFail: [],
    });
  }
  for (let i = 0; i < 100; i++) {
    const c = pick(setup.ciphertexts, i);
    out.push({
      operation: 'Decrypt',
      input: { CiphertextBlob: c.blob, EncryptionContext: c.context },
      mayFail: [],
    });
  }
  for (let i = 0; i < 100; i++)
    out.push({ operation: 'DescribeKey', input: { KeyId: cryptoRef(i) }, mayFail: [] });
  for (let i = 0; i < 40; i++)
    out.push({ operation: 'ListKeys', input: { Limit: 1 + (i % 50) }, mayFail: [] });
  for (let i = 0; i < 40; i++)
    out.push({
      operation: 'ListAliases',
      input: i % 2 ? {} : { KeyId: pick(setup.toggleKeys, i) },
      mayFail: [],
    });
  for (let i = 0; i < 40; i++) {
    out.push({
      operation: i % 2 ? 'EnableKey' : 'DisableKey',
      input: { KeyId: pick(setup.toggleKeys, i >> 1) },
      mayFail: [],
    });
  }
  for (let i = 0; i < 40; i++) {
    // Scheduling a key already pending deletion, or cancelling one that is not, is an invalid state.
    out.push({
      operation: i % 2 ? 'CancelKeyDeletion' : 'ScheduleKeyDeletion',
      input: {
        KeyId: pick(setup.doomedKeys, i >> 1),
        ...(i % 2 ? {} : { PendingWindowInDays: 7 }),
      },
      mayFail: ['KMSInvalidStateException'],
    });
  }
  for (let i = 0; i < 20; i++)
    out.push({ operation: 'GenerateRandom', input: { NumberOfBytes: 1 + i }, mayFail: [] });
  // A fixed interleaving (a stride coprime with the length), so every kind runs alongside the rest.
  return out.map((_, i) => out[(i * 617) % out.length] as Planned);
}

async function listAll(
  caller: Caller,
  operation: 'ListKeys' | 'ListAliases',
  member: string,
): Promise<Wire[]> {
  const items: Wire[] = [];
  let marker: string | undefined;
  for (let page = 0; page < 100; page++) {
    const outcome = await caller.call(
      operation,
      marker ? { Marker: marker, Limit: 7 } : { Limit: 7 },
    );
    if (!outcome.ok) throw new Error(`${operation}: ${outcome.type}`);
    items.push(...((outcome.out[member] ?? []) as Wire[]));
    if (outcome.out['Truncated'] !== true) return items;
    marker = String(outcome.out['NextMarker']);
  }
  throw new Error(`${operation} did not end within 100 pages`);
}

describe.each([
  ['keys in memory', false],
  ['a data directory', true],
])('1,000 concurrent requests against one mock server, %s', (_name, durable) => {
  let server: MockServer;
  let dataDir = '';
  const rawProblems: string[] = [];
  let callers: Caller[] = [];

  beforeAll(async () => {
    if (durable) dataDir = await mkdtemp(join(tmpdir(), 'kms-contract-concurrency-'));
    server = await startMockServer(durable ? { dataDir } : {});
    callers = [
      ...Array.from({ length: SDK_CLIENTS }, (_, i) => sdkCaller(server.url, i)),
      rawCaller(server.url, rawProblems),
    ];
  });
  afterAll(async () => {
    for (const caller of callers) caller.close();
    await server?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('answers every request and leaves the key store consistent', async () => {
    const [first] = callers;
    if (!first) throw new Error('no callers');
    const setup = await setUp(first);
    const planned = plan(setup);
    expect(planned).toHaveLength(TOTAL);

    const started = performance.now();
    const outcomes = await Promise.all(
      planned.map((p, i) => (callers[i % callers.length] as Caller).call(p.operation, p.input)),
    );
    const elapsed = performance.now() - started;

    // Every reply: a success, or a refusal this request may get in a race; never a 5xx.
    const unexpected = outcomes.flatMap((o, i) => {
      const p = planned[i] as Planned;
      if (o.ok || (p.mayFail.includes(o.type) && o.status === 400)) return [];
      return [`${p.operation} ${JSON.stringify(p.input)} -> ${o.status} ${o.type}`];
    });
    expect(unexpected).toEqual([]);
    expect(rawProblems).toEqual([]);

    // Races are decided exactly once.
    const byTag = new Map<string, Outcome[]>();
    planned.forEach((p, i) => {
      if (p.tag) byTag.set(p.tag, [...(byTag.get(p.tag) ?? []), outcomes[i] as Outcome]);
    });
    const aliasWinners = new Map<string, string>();
    for (const [tag, pair] of byTag) {
      expect(
        pair.filter((o) => o.ok),
        tag,
      ).toHaveLength(1);
      const loser = pair.find((o) => !o.ok);
      expect(loser && !loser.ok ? loser.type : '', tag).toBe(
        tag.startsWith('race') ? 'AlreadyExistsException' : 'NotFoundException',
      );
    }
    planned.forEach((p, i) => {
      if (p.operation === 'CreateAlias' && outcomes[i]?.ok) {
        aliasWinners.set(String(p.input['AliasName']), String(p.input['TargetKeyId']));
      }
    });

    // The store: every key listed once and describable; the created ones all there.
    const keys = await listAll(first, 'ListKeys', 'Keys');
    const ids = keys.map((k) => String(k['KeyId']));
    expect(new Set(ids).size, 'no key listed twice').toBe(ids.length);
    expect(ids.length).toBe(16 + 100);
    for (const [i, id] of ids.entries()) {
      const outcome = await (callers[i % callers.length] as Caller).call('DescribeKey', {
        KeyId: id,
      });
      expect(outcome.ok && (outcome.out['KeyMetadata'] as Wire)['KeyId'], `DescribeKey ${id}`).toBe(
        id,
      );
    }

    // Every alias resolves to its target; the race winners' targets are the ones kept.
    const aliases = await listAll(first, 'ListAliases', 'Aliases');
    const names = aliases.map((a) => String(a['AliasName']));
    expect(new Set(names).size, 'no alias listed twice').toBe(names.length);
    for (const [i, alias] of aliases.entries()) {
      const name = String(alias['AliasName']);
      // A predefined alias/aws/ alias has no target until its AWS managed key is first used.
      if (alias['TargetKeyId'] === undefined && name.startsWith('alias/aws/')) continue;
      const outcome = await (callers[i % callers.length] as Caller).call('DescribeKey', {
        KeyId: name,
      });
      expect(outcome.ok && (outcome.out['KeyMetadata'] as Wire)['KeyId'], `alias ${name}`).toBe(
        alias['TargetKeyId'],
      );
      const winner = aliasWinners.get(name);
      if (winner !== undefined) expect(alias['TargetKeyId'], name).toBe(winner);
    }
    for (const name of aliasWinners.keys()) expect(names).toContain(name);
    for (let i = 0; i < 10; i++) expect(names).not.toContain(`alias/delete-race-${i}`);

    // Every data key and every ciphertext handed out decrypts to what was handed out.
    const toDecrypt: { blob: string; plaintext: string; context?: Wire }[] = [...setup.ciphertexts];
    planned.forEach((p, i) => {
      const o = outcomes[i];
      if (!o?.ok) return;
      if (p.operation === 'GenerateDataKey') {
        toDecrypt.push({
          blob: String(o.out['CiphertextBlob']),
          plaintext: String(o.out['Plaintext']),
          context: p.input['EncryptionContext'] as Wire,
        });
      }
      if (p.operation === 'Encrypt') {
        toDecrypt.push({
          blob: String(o.out['CiphertextBlob']),
          plaintext: String(p.input['Plaintext']),
        });
      }
    });
    expect(toDecrypt.length).toBe(20 + 300 + 100);
    const decrypted = await Promise.all(
      toDecrypt.map((d, i) =>
        (callers[i % callers.length] as Caller).call('Decrypt', {
          CiphertextBlob: d.blob,
          ...(d.context ? { EncryptionContext: d.context } : {}),
        }),
      ),
    );
    decrypted.forEach((o, i) => {
      expect(o.ok && o.out['Plaintext'], `ciphertext ${i}`).toBe(toDecrypt[i]?.plaintext);
    });

    if (durable) {
      // What a restart reads back is what the running server had.
      await server.close();
      server = await startMockServer({ dataDir });
      const reopened = rawCaller(server.url, rawProblems);
      try {
        expect((await listAll(reopened, 'ListKeys', 'Keys')).map((k) => k['KeyId'])).toEqual(ids);
        expect(await listAll(reopened, 'ListAliases', 'Aliases')).toEqual(aliases);
      } finally {
        reopened.close();
      }
    }
    console.info(
      `concurrency (${_name}): ${TOTAL} requests from ${callers.length} clients in ${Math.round(elapsed)} ms; ` +
        `then ${ids.length} keys, ${names.length} aliases and ${toDecrypt.length} decryptions checked`,
    );
  }, 60_000);
});
