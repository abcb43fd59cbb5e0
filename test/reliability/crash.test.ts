/**
 * Crash safety: `kms-contract serve --data-dir DIR` under a mixed load (CreateKey, CreateAlias,
 * DisableKey, GenerateDataKey) is killed with SIGKILL at a seeded random moment, five times, and
 * restarted on the same directory each time. Whatever the server acknowledged (a 200 reached us)
 * must be there after every restart: keys, aliases with their targets, disabled states, and every
 * data key's ciphertext must still decrypt to the same plaintext. Between rounds the test also
 * leaves the half-written files a crash can leave (a torn last journal line, a partial snapshot
 * temp file, an empty LOCK), none of which may stop a restart.
 */
import { appendFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerChild, stopAll, type ServerChild } from './helpers/child.js';
import { CLI, assertDistFresh } from './helpers/dist.js';
import { callKms, mustCall } from './helpers/raw-http.js';

const SEED = 0x5eed_c4a5;
const ROUNDS = 5;
const CLIENTS = 8;
/** How long the load runs before the kill, drawn per round (seeded). */
const LOAD_MS = { min: 150, max: 1_500 };

/** mulberry32: a tiny seeded generator, so the kill moments and the mix repeat run to run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface DataKey {
  keyId: string;
  ciphertext: string;
  plaintext: string;
  context: Record<string, string>;
}

/** Everything the server acknowledged, over all rounds. */
interface Acknowledged {
  /** Keys GenerateDataKey may use (never disabled by the load). */
  cryptoKeys: string[];
  /** Keys DisableKey may pick. */
  toggleKeys: string[];
  aliases: Map<string, string>;
  disabled: Set<string>;
  dataKeys: DataKey[];
}

let dir = '';
let agent: Agent;

beforeAll(async () => {
  assertDistFresh('src/cli/main.js');
  dir = await mkdtemp(join(tmpdir(), 'kms-contract-crash-'));
  agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
});
afterAll(async () => {
  agent?.destroy();
  await stopAll();
  if (dir) await rm(dir, { recursive: true, force: true });
});

function serve(dataDir: string): Promise<ServerChild> {
  return startServerChild({ args: [CLI, 'serve', '--port', '0', '--data-dir', dataDir] });
}

async function listAll(
  url: string,
  operation: 'ListKeys' | 'ListAliases',
  member: 'Keys' | 'Aliases',
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let marker: string | undefined;
  for (let page = 0; page < 1_000; page++) {
    const out = await mustCall(url, agent, operation, {
      Limit: 1000,
      ...(marker ? { Marker: marker } : {}),
    });
    items.push(...(out[member] as Record<string, unknown>[]));
    if (out['Truncated'] !== true) return items;
    marker = String(out['NextMarker']);
  }
  throw new Error(`${operation} did not end within 1,000 pages`);
}

/** Runs `task` over `items`, `width` at a time. */
async function forEach<T>(items: readonly T[], width: number, task: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await task(items[next++] as T);
    }),
  );
}

/** Checks that everything acknowledged so far survived; returns how much it checked. */
async function verify(url: string, acked: Acknowledged): Promise<string> {
  const listed = new Set((await listAll(url, 'ListKeys', 'Keys')).map((k) => String(k['KeyId'])));
  const keys = [...acked.cryptoKeys, ...acked.toggleKeys];
  const lost = keys.filter((id) => !listed.has(id));
  expect(lost, 'acknowledged keys missing after restart').toEqual([]);
  await forEach(keys, CLIENTS, async (id) => {
    const meta = (await mustCall(url, agent, 'DescribeKey', { KeyId: id }))['KeyMetadata'] as {
      KeyState: string;
    };
    if (acked.disabled.has(id)) expect(meta.KeyState, `key ${id} was disabled`).toBe('Disabled');
    else expect(['Enabled', 'Disabled']).toContain(meta.KeyState);
  });

  const aliases = new Map(
    (await listAll(url, 'ListAliases', 'Aliases')).map((a) => [
      String(a['AliasName']),
      String(a['TargetKeyId']),
    ]),
  );
  for (const [name, target] of acked.aliases) {
    expect(aliases.get(name), `alias ${name}`).toBe(target);
  }

  await forEach(acked.dataKeys, CLIENTS, async (dataKey) => {
    const out = await mustCall(url, agent, 'Decrypt', {
      CiphertextBlob: dataKey.ciphertext,
      EncryptionContext: dataKey.context,
    });
    expect(out['Plaintext'], `data key of ${dataKey.keyId}`).toBe(dataKey.plaintext);
    expect(String(out['KeyId'])).toMatch(new RegExp(`key/${dataKey.keyId}$`));
  });
  return `${keys.length} keys (${acked.disabled.size} disabled), ${acked.aliases.size} aliases, ${acked.dataKeys.length} data keys`;
}

interface RoundStats {
  sent: number;
  acked: number;
  refused: Map<string, number>;
}

/** One client: random operations until the server dies under it. */
async function client(
  url: string,
  random: () => number,
  acked: Acknowledged,
  stats: RoundStats,
  round: number,
  dead: () => boolean,
  id: number,
): Promise<void> {
  for (let n = 0; n < 100_000 && !dead(); n++) {
    const roll = random();
    const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(random() * list.length)];
    let operation: string;
    let input: Record<string, unknown>;
    let onAck: (out: Record<string, unknown>) => void;
    const allKeys = [...acked.cryptoKeys, ...acked.toggleKeys];
    if (roll < 0.3 || allKeys.length < 4) {
      const toggle = random() < 0.4;
      operation = 'CreateKey';
      input = { Description: `round ${round}` };
      onAck = (out) => {
        const keyId = String((out['KeyMetadata'] as { KeyId: string }).KeyId);
        (toggle ? acked.toggleKeys : acked.cryptoKeys).push(keyId);
      };
    } else if (roll < 0.5) {
      const name = `alias/crash-${round}-${id}-${n}`;
      const target = pick(allKeys) ?? '';
      operation = 'CreateAlias';
      input = { AliasName: name, TargetKeyId: target };
      onAck = () => acked.aliases.set(name, target);
    } else if (roll < 0.62 && acked.toggleKeys.length > 0) {
      const target = pick(acked.toggleKeys) ?? '';
      operation = 'DisableKey';
      input = { KeyId: target };
      onAck = () => acked.disabled.add(target);
    } else {
      const keyId = pick(acked.cryptoKeys) ?? '';
      const context = { round: String(round), client: String(id) };
      operation = 'GenerateDataKey';
      input = { KeyId: keyId, KeySpec: 'AES_256', EncryptionContext: context };
      onAck = (out) =>
        acked.dataKeys.push({
          keyId,
          ciphertext: String(out['CiphertextBlob']),
          plaintext: String(out['Plaintext']),
          context,
        });
    }
    stats.sent += 1;
    const reply = await callKms(url, agent, operation, input, 10_000);
    if (reply === undefined) {
      // No reply: the server died under this request. Not acknowledged, so nothing is owed.
      if (!dead()) throw new Error(`${operation} got no reply while the server was running`);
      return;
    }
    if (reply.status === 200) {
      stats.acked += 1;
      onAck(reply.body);
    } else {
      expect(reply.status, `${operation} ${JSON.stringify(reply.body)}`).toBe(400);
      const type = String(reply.body['__type']);
      stats.refused.set(type, (stats.refused.get(type) ?? 0) + 1);
    }
  }
}

/** Leaves on disk what a crash at an unlucky moment could have left (see the file comment). */
async function leaveHalfWrittenFiles(dataDir: string, round: number): Promise<string[]> {
  const left: string[] = [];
  const journals = (await readdir(dataDir))
    .map((name) => /^journal\.(\d+)\.jsonl$/.exec(name)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
  const newest = journals.at(-1);
  if ((round === 1 || round === 4) && newest !== undefined) {
    // A write cut short: the last line has no end (it was never acknowledged).
    await appendFile(join(dataDir, `journal.${newest}.jsonl`), '{"op":"putKey","key":{"keyId":"');
    left.push(`torn last line in journal.${newest}.jsonl`);
  }
  if (round === 2 || round === 4) {
    await writeFile(join(dataDir, 'snapshot.json.tmp'), '{"format":"kms-contract-keystore","ver');
    left.push('half-written snapshot.json.tmp');
  }
  if (round === 3 || round === 4) {
    // Killed between creating LOCK and writing the pid into it.
    await writeFile(join(dataDir, 'LOCK'), '');
    left.push('empty LOCK');
  }
  return left;
}

describe('the durable mock under kill -9', () => {
  it(`keeps everything acknowledged across ${ROUNDS} SIGKILLs and restarts`, async () => {
    const random = prng(SEED);
    const dataDir = join(dir, 'data');
    const acked: Acknowledged = {
      cryptoKeys: [],
      toggleKeys: [],
      aliases: new Map(),
      disabled: new Set(),
      dataKeys: [],
    };
    const log: string[] = [];

    for (let round = 0; round < ROUNDS; round++) {
      const server = await serve(dataDir);
      if (round > 0) log.push(`  restart ${round}: verified ${await verify(server.url, acked)}`);

      const stats: RoundStats = { sent: 0, acked: 0, refused: new Map() };
      let killed = false;
      const loadMs = LOAD_MS.min + Math.floor(random() * (LOAD_MS.max - LOAD_MS.min));
      const clients = Array.from({ length: CLIENTS }, (_, id) =>
        client(server.url, prng(SEED + round * 100 + id), acked, stats, round, () => killed, id),
      );
      await sleep(loadMs);
      killed = true;
      process.kill(server.pid, 'SIGKILL');
      const exit = await server.exit;
      expect(exit.signal, 'killed by our SIGKILL, not by itself').toBe('SIGKILL');
      await Promise.all(clients);
      await server.stop();
      agent.destroy();
      agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });

      const left = await leaveHalfWrittenFiles(dataDir, round);
      log.push(
        `  round ${round}: killed after ${loadMs} ms, ${stats.sent} requests, ${stats.acked} acknowledged` +
          `${stats.refused.size ? `, refused ${JSON.stringify(Object.fromEntries(stats.refused))}` : ''}` +
          `${left.length ? `; then left ${left.join(', ')}` : ''}`,
      );
    }

    const last = await serve(dataDir);
    log.push(`  final restart: verified ${await verify(last.url, acked)}`);
    await last.stop('SIGTERM');
    console.info(`crash safety:\n${log.join('\n')}`);
    expect(acked.dataKeys.length).toBeGreaterThan(0);
    expect(acked.disabled.size).toBeGreaterThan(0);
    expect(acked.aliases.size).toBeGreaterThan(0);
  }, 120_000);
});
