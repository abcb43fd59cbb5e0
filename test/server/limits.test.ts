// What an adversarial client meets: malformed HTTP, too many headers, too many bytes or connections
// at once, a body that trickles. Every case gets a short AWS-style JSON reply, never a bare status,
// a silent drop or a reset, and the server keeps serving.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperationTable } from '../../src/protocol/index.js';
import { startServer, type RunningServer } from '../../src/server/index.js';

const operations: OperationTable = {
  Echo: async (input, ctx) => ({ input, headers: Object.keys(ctx.headers).length }),
  /** Holds its reply until released: keeps bodies and connections in flight. */
  Hold: () => new Promise((resolve) => holds.push(() => resolve({}))),
};
const holds: (() => void)[] = [];
const release = (): void => holds.splice(0).forEach((go) => go());

interface RawReply {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/** Sends raw bytes on a new connection; resolves with the reply once the server closes or answers. */
function raw(
  port: number,
  chunks: readonly (string | Buffer)[],
  options: { gapMs?: number; keepOpen?: boolean } = {},
): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    let timer: NodeJS.Timeout | undefined;
    socket.on('connect', () => {
      const [first, ...rest] = chunks;
      if (first !== undefined) socket.write(first);
      let i = 0;
      const next = (): void => {
        const chunk = rest[i++];
        if (chunk === undefined || socket.destroyed) return;
        socket.write(chunk);
        timer = setTimeout(next, options.gapMs ?? 0);
      };
      if (rest.length > 0) timer = setTimeout(next, options.gapMs ?? 0);
    });
    socket.setEncoding('latin1');
    socket.on('data', (data: string) => {
      text += data;
      const split = text.indexOf('\r\n\r\n');
      if (split < 0) return;
      const head = text.slice(0, split).split('\r\n');
      const headers = Object.fromEntries(
        head.slice(1).map((line) => {
          const colon = line.indexOf(':');
          return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()];
        }),
      );
      const length = Number(headers['content-length'] ?? 0);
      if (text.length - split - 4 < length) return;
      clearTimeout(timer);
      socket.destroy();
      resolve({
        status: Number(head[0]?.split(' ')[1]),
        headers,
        body: JSON.parse(text.slice(split + 4, split + 4 + length)),
      });
    });
    socket.on('error', reject);
    socket.on('close', () => reject(new Error(`closed without a full reply: ${text}`)));
  });
}

const request = (headers: string, body = '{}', target = 'Echo'): string =>
  `POST / HTTP/1.1\r\nhost: x\r\nx-amz-target: TrentService.${target}\r\ncontent-type: application/x-amz-json-1.1\r\n${headers}content-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

let server: RunningServer;
let port: number;

beforeAll(async () => {
  server = await startServer({
    operations,
    maxBodyBytes: 64 * 1024,
    limits: {
      maxBufferedBytes: 100 * 1024,
      maxConnections: 8,
      maxHeaders: 50,
      requestTimeoutMs: 400,
    },
  });
  port = server.port;
});

afterAll(async () => {
  release();
  await server.close();
});

async function stillServes(): Promise<void> {
  const reply = await raw(port, [request('')]);
  expect(reply.status).toBe(200);
}

describe('malformed HTTP gets a short AWS-style JSON error', () => {
  it.each([
    ['a bad request line', 'GARBAGE / NOTHTTP\r\n\r\n', 400, 'Malformed HTTP request: '],
    [
      'a duplicate Content-Length',
      'POST / HTTP/1.1\r\nhost: x\r\ncontent-length: 2\r\ncontent-length: 3\r\n\r\n{}',
      400,
      'Malformed HTTP request: duplicate or conflicting Content-Length',
    ],
    [
      'bad chunking',
      'POST / HTTP/1.1\r\nhost: x\r\nx-amz-target: TrentService.Echo\r\ntransfer-encoding: chunked\r\n\r\nzz\r\n',
      400,
      'Malformed HTTP request: bad chunked encoding',
    ],
    [
      'headers over 16 KiB',
      `POST / HTTP/1.1\r\nhost: x\r\nx-big: ${'a'.repeat(20_000)}\r\n\r\n`,
      431,
      'Request headers are larger than 16384 bytes',
    ],
  ])('%s', async (_name, bytes, status, message) => {
    const reply = await raw(port, [bytes]);
    expect(reply.status).toBe(status);
    expect(reply.headers['content-type']).toBe('application/x-amz-json-1.1');
    expect(reply.headers['x-amzn-requestid']).toMatch(/^[0-9a-f-]{36}$/);
    expect(reply.body).toMatchObject({ __type: 'SerializationException' });
    expect((reply.body as { message: string }).message).toContain(message);
    await stillServes();
  });

  it('answers a malformed request after a good one on the same keep-alive connection', async () => {
    const text = await new Promise<string>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => socket.write(request('')));
      let out = '';
      socket.setEncoding('latin1');
      socket.on('data', (data: string) => {
        // The first reply is complete: now a request line that is not HTTP.
        if (out === '' && data.includes('"input"')) socket.write('GARBAGE / NOTHTTP\r\n\r\n');
        out += data;
      });
      socket.on('close', () => resolve(out));
    });
    const replies = text.split(/(?=HTTP\/1\.1 )/);
    expect(replies.map((reply) => reply.split(' ')[1])).toEqual(['200', '400']);
    expect(replies[1]).toContain('"__type":"SerializationException"');
  });
});

describe('header count', () => {
  it('refuses more header lines than it reads with 431, instead of dropping the rest', async () => {
    const many = Array.from({ length: 60 }, (_, i) => `x-h${i}: v\r\n`).join('');
    const reply = await raw(port, [request(many)]);
    expect(reply.status).toBe(431);
    expect(reply.body).toEqual({
      __type: 'SerializationException',
      message: 'Request has more than 50 header lines',
    });
  });

  it('reads every header up to the limit', async () => {
    const some = Array.from({ length: 40 }, (_, i) => `x-h${i}: v\r\n`).join('');
    const reply = await raw(port, [request(some)]);
    expect(reply.status).toBe(200);
    // host, target, content-type, content-length and the 40 sent.
    expect(reply.body).toMatchObject({ headers: 44 });
  });
});

describe('memory and connections', () => {
  it('answers ThrottlingException once the bodies in flight pass the byte budget, and recovers', async () => {
    // Two 60 KB bodies held by a slow operation fit no third one under the 100 KiB budget.
    const body = JSON.stringify({ pad: 'p'.repeat(60 * 1024 - 20) });
    const first = raw(port, [request('', body, 'Hold')]);
    await until(() => holds.length === 1);
    const second = await raw(port, [request('', body, 'Hold')]);
    expect(second.status).toBe(400);
    expect(second.headers['connection']).toBe('close');
    expect(second.body).toEqual({
      __type: 'ThrottlingException',
      message: 'Rate exceeded: too many request bytes in flight',
    });
    release();
    expect((await first).status).toBe(200);
    // Given back once the reply went out: the same body fits again.
    const again = raw(port, [request('', body, 'Hold')]);
    await until(() => holds.length === 1);
    release();
    expect((await again).status).toBe(200);
  });

  it('answers ThrottlingException on a connection past the limit, and serves again once they close', async () => {
    const held = Array.from({ length: 8 }, () => raw(port, [request('', '{}', 'Hold')]));
    await until(() => holds.length === 8);
    const refused = await raw(port, [request('')]);
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({
      __type: 'ThrottlingException',
      message: 'Rate exceeded: too many open connections',
    });
    release();
    for (const reply of await Promise.all(held)) expect(reply.status).toBe(200);
    await until(async () => (await raw(port, [request('')])).status === 200);
  });
});

describe('request timeout', () => {
  it('answers a body that trickles with 408 and a JSON error', async () => {
    const body = JSON.stringify({ pad: 'p'.repeat(200) });
    const head = request('', body).slice(0, -body.length);
    const chunks = [head, ...body.match(/.{1,10}/g)!];
    const reply = await raw(port, chunks, { gapMs: 100 });
    expect(reply.status).toBe(408);
    expect(reply.body).toEqual({
      __type: 'SerializationException',
      message: 'The request was not received within 400 ms',
    });
    await stillServes();
  });
});

async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('condition not met in 2 s');
}
