// What a request costs the mock's code when the process has just been switched out and back, as a
// server is between requests, against the same code in a hot loop. The wire handler (no HTTP)
// answers GenerateDataKey in process, `SAMPLES` times each way; "after a switch" first waits for a
// round trip to another process over IPC, so this process sleeps and is woken before each call.
// The same is measured for the bare-crypto server's work (bench/servers/data-key-reply.mjs),
// whose code is a fraction of the size. `node bench/switch-cost.mjs`, and `npm run bench`.
import { fork } from 'node:child_process';
import { createWireHandler } from '../dist/src/protocol/index.js';
import { createKmsEngine } from '../dist/src/mock/index.js';
import { wireOperations } from '../dist/src/mock/wire-operations.js';
import { applySeed, createRegionalMemoryStore } from '../dist/src/keystore/index.js';
import { nodeAesGcm } from '../dist/src/server/node-aes-gcm.js';
import { dataKeyReply } from './servers/data-key-reply.mjs';

const SAMPLES = Number(process.env.SWITCH_SAMPLES ?? 20_000);
const KEY = '1234abcd-12ab-34cd-56ef-1234567890ab';

async function mockCall() {
  const store = createRegionalMemoryStore();
  await applySeed(store, {
    keys: [
      {
        id: KEY,
        description: '',
        keySpec: 'SYMMETRIC_DEFAULT',
        keyUsage: 'ENCRYPT_DECRYPT',
        state: 'Enabled',
      },
    ],
    aliases: [],
  });
  const handler = createWireHandler({
    operations: wireOperations(createKmsEngine({ store, aesGcm: nodeAesGcm })),
  });
  const request = {
    method: 'POST',
    path: '/',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': 'TrentService.GenerateDataKey',
      authorization:
        'AWS4-HMAC-SHA256 Credential=AKID/20261129/us-east-1/kms/aws4_request, SignedHeaders=host, Signature=0',
    },
    body: Buffer.from(JSON.stringify({ KeyId: KEY, KeySpec: 'AES_256' })),
  };
  return async () => {
    const reply = await handler(request);
    if (reply.status !== 200)
      throw new Error(`GenerateDataKey answered ${reply.status}: ${reply.body}`);
  };
}

/** The bare-crypto server's work for one request, without its HTTP. */
function bareCryptoCall() {
  const body = Buffer.from(JSON.stringify({ KeyId: KEY, KeySpec: 'AES_256' }));
  return async () => void dataKeyReply(body);
}

/** Mean microseconds of `call`, timed alone, with `between` awaited before each call (untimed). */
async function timeCalls(call, between) {
  for (let i = 0; i < 2_000; i++) await call();
  let spent = 0;
  for (let i = 0; i < SAMPLES; i++) {
    if (between) await between();
    const started = performance.now();
    await call();
    spent += performance.now() - started;
  }
  return (spent * 1000) / SAMPLES;
}

/** Resolves after a message has gone to another process and back. */
function roundTripper() {
  const peer = fork(new URL('./servers/echo.mjs', import.meta.url), {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  let answered = () => {};
  peer.on('message', () => answered());
  return {
    roundTrip: () =>
      new Promise((resolve) => {
        answered = resolve;
        peer.send(0);
      }),
    stop: () => peer.kill(),
  };
}

export async function measureSwitchCost() {
  const { roundTrip, stop } = roundTripper();
  try {
    const result = {};
    for (const [name, call] of [
      ['mock', await mockCall()],
      ['bare crypto', bareCryptoCall()],
    ]) {
      result[name] = { hot: await timeCalls(call), switched: await timeCalls(call, roundTrip) };
    }
    return result;
  } finally {
    stop();
  }
}

export async function reportSwitchCost() {
  const result = await measureSwitchCost();
  console.log(
    `\none GenerateDataKey in process (no HTTP), mean of ${SAMPLES}: hot loop / after a switch to another process and back`,
  );
  for (const [name, { hot, switched }] of Object.entries(result))
    console.log(
      `  ${name.padEnd(12)} ${hot.toFixed(1).padStart(5)} us / ${switched.toFixed(1).padStart(5)} us  (${(switched / hot).toFixed(2)}x)`,
    );
}

if (process.argv[1] === new URL(import.meta.url).pathname) await reportSwitchCost();
