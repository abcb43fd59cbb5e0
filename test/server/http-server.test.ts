import {
  DescribeKeyCommand,
  EnableKeyCommand,
  GenerateRandomCommand,
  KMSClient,
  KMSInternalException as SdkKMSInternalException,
  NotFoundException as SdkNotFoundException,
} from '@aws-sdk/client-kms';
import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { NotFoundException } from '../../src/errors/index.js';
import { createWireHandler, type OperationTable } from '../../src/protocol/index.js';
import { startServer, type RunningServer } from '../../src/server/index.js';

const operations: OperationTable = {
  Echo: async (input, ctx) => ({ input, header: ctx.headers['my-header'] ?? null }),
  DescribeKey: async (input) => {
    throw new NotFoundException(
      `Key 'arn:aws:kms:us-east-1:111122223333:key/${String(input['KeyId'])}' does not exist`,
    );
  },
  GenerateRandom: async () => {
    throw new Error('internal detail that must stay inside');
  },
  EnableKey: async () => undefined,
  Slow: () => new Promise((resolve) => setTimeout(() => resolve({}), 100)),
};

const JSON_HEADERS = {
  'content-type': 'application/x-amz-json-1.1',
  'x-amz-target': 'TrentService.Echo',
};
const LIMIT = 64 * 1024;

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  reusedSocket: boolean;
}

/** One raw HTTP exchange; `write` drives the upload, and may abort it. */
function exchange(
  url: string,
  headers: Record<string, string | string[]>,
  write: (req: ReturnType<typeof request>) => void,
  agent?: Agent,
): Promise<Reply | Error> {
  return new Promise((resolve) => {
    const req = request(url, { method: 'POST', headers, ...(agent ? { agent } : {}) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString(),
          reusedSocket: req.reusedSocket,
        }),
      );
    });
    req.on('error', resolve);
    write(req);
  });
}

const post = (
  url: string,
  body: string,
  headers: Record<string, string | string[]> = JSON_HEADERS,
  agent?: Agent,
) => exchange(url, headers, (req) => req.end(body), agent);

function reply(value: Reply | Error): Reply {
  if (value instanceof Error) throw value;
  return value;
}

let server: RunningServer;
const logger = { error: vi.fn() };
beforeAll(async () => {
  server = await startServer({ operations, maxBodyBytes: LIMIT, logger });
});
afterAll(async () => {
  await server.close();
});

describe('startServer', () => {
  it('listens on 127.0.0.1 and a free port by default', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.port).toBeGreaterThan(0);
  });

  it('serves the wire handler', async () => {
    const r = reply(await post(server.url, '{"KeyId":"k"}'));
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('application/x-amz-json-1.1');
    expect(r.headers['x-amzn-requestid']).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(r.body)).toEqual({ input: { KeyId: 'k' }, header: null });
  });

  it('joins a repeated header with "," as SigV4 canonicalizes it', async () => {
    const r = reply(await post(server.url, '{}', { ...JSON_HEADERS, 'my-header': ['a', 'b'] }));
    expect(JSON.parse(r.body)).toMatchObject({ header: 'a,b' });
  });

  it('keeps connections alive between requests', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const first = reply(await post(server.url, '{}', JSON_HEADERS, agent));
    const second = reply(await post(server.url, '{}', JSON_HEADERS, agent));
    agent.destroy();
    expect([first.status, second.status, second.reusedSocket]).toEqual([200, 200, true]);
  });

  it('serves a ready-made handler too', async () => {
    const other = await startServer({
      handler: createWireHandler({ operations, requestId: () => 'rid' }),
    });
    try {
      const r = reply(await post(other.url, '{}'));
      expect([r.status, r.headers['x-amzn-requestid']]).toEqual([200, 'rid']);
    } finally {
      await other.close();
    }
  });
});

describe('request bodies', () => {
  it('refuses a declared oversized body with 413 and still serves the next request', async () => {
    const big = reply(await post(server.url, 'x'.repeat(LIMIT + 1)));
    expect(big.status).toBe(413);
    expect(big.headers['connection']).toBe('close');
    expect(big.headers['x-amzn-requestid']).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(big.body)).toEqual({
      __type: 'RequestEntityTooLargeException',
      message: `Request body is larger than ${LIMIT} bytes`,
    });
    expect(reply(await post(server.url, '{}')).status).toBe(200);
  });

  it('answers an endless chunked upload without waiting for its end', async () => {
    let sent = 0;
    const r = reply(
      await exchange(server.url, { ...JSON_HEADERS, 'transfer-encoding': 'chunked' }, (req) => {
        const pump = (): void => {
          // Keeps sending until the reply arrives; a server that buffered everything would hang.
          while (!req.destroyed && sent < 64 * LIMIT && req.write('y'.repeat(4096))) sent += 4096;
          if (!req.destroyed && sent < 64 * LIMIT) req.once('drain', pump);
        };
        req.on('response', () => req.destroy());
        pump();
      }),
    );
    expect(r.status).toBe(413);
    expect(sent).toBeLessThan(64 * LIMIT);
    expect(reply(await post(server.url, '{}')).status).toBe(200);
  });

  it('survives an upload aborted mid-body', async () => {
    const aborted = await exchange(
      server.url,
      { ...JSON_HEADERS, 'content-length': '1000' },
      (req) => {
        req.write('{"KeyId":');
        setTimeout(() => req.destroy(), 20);
      },
    );
    expect(aborted).toBeInstanceOf(Error);
    expect(reply(await post(server.url, '{}')).status).toBe(200);
    expect(logger.error).not.toHaveBeenCalled();
  });
});

describe('failures', () => {
  it('survives a client that leaves while the operation runs', async () => {
    const gone = await exchange(
      server.url,
      { ...JSON_HEADERS, 'x-amz-target': 'TrentService.Slow' },
      (req) => {
        req.end('{}');
        setTimeout(() => req.destroy(), 20);
      },
    );
    expect(gone).toBeInstanceOf(Error);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(reply(await post(server.url, '{}')).status).toBe(200);
    expect(logger.error).not.toHaveBeenCalled();
  });

  it('turns a rejecting handler into a 500 with no internal text', async () => {
    const log = { error: vi.fn() };
    const broken = await startServer({
      handler: () => Promise.reject(new Error('handler internals')),
      logger: log,
    });
    try {
      const r = reply(await post(broken.url, '{}'));
      expect(r.status).toBe(500);
      expect(JSON.parse(r.body)).toEqual({
        __type: 'KMSInternalException',
        message: 'We encountered an internal error. Please try again.',
      });
      expect(log.error).toHaveBeenCalledOnce();
    } finally {
      await broken.close();
    }
  });

  it('rejects when the port is taken', async () => {
    await expect(startServer({ operations, port: server.port })).rejects.toMatchObject({
      code: 'EADDRINUSE',
    });
  });
});

describe('with the real @aws-sdk/client-kms', () => {
  const kms = (): KMSClient =>
    new KMSClient({
      region: 'us-east-1',
      endpoint: server.url,
      credentials: { accessKeyId: 'AKIDFAKE', secretAccessKey: 'fake' },
      maxAttempts: 1,
    });

  it('raises the SDK NotFoundException for a thrown NotFoundException', async () => {
    const error: unknown = await kms()
      .send(new DescribeKeyCommand({ KeyId: 'missing' }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SdkNotFoundException);
    if (!(error instanceof SdkNotFoundException)) return;
    expect(error.message).toBe(
      "Key 'arn:aws:kms:us-east-1:111122223333:key/missing' does not exist",
    );
    expect(error.$fault).toBe('client');
    expect(error.$metadata.httpStatusCode).toBe(400);
  });

  it('raises KMSInternalException for a plain Error, with nothing internal in it', async () => {
    const internal: unknown = await kms()
      .send(new GenerateRandomCommand({ NumberOfBytes: 1 }))
      .catch((e: unknown) => e);
    expect(internal).toBeInstanceOf(SdkKMSInternalException);
    if (!(internal instanceof SdkKMSInternalException)) return;
    expect(internal.$metadata.httpStatusCode).toBe(500);
    expect(internal.$fault).toBe('server');
    expect(internal.message).not.toContain('internal detail');
    expect(logger.error).toHaveBeenCalledOnce();
    logger.error.mockClear();
  });

  it('accepts an empty 200 for an operation without output', async () => {
    const out = await kms().send(new EnableKeyCommand({ KeyId: 'k' }));
    expect(out.$metadata.httpStatusCode).toBe(200);
  });
});
