// serve for browsers and containers: CORS (preflight and replies), GET /_kms/health, and what
// --log is told of each request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corsPolicy, type Exchange } from '../../src/server/index.js';
import { startMockServer, type MockServer } from '../../src/server/start-mock-server.js';

const GDK = 'TrentService.GenerateDataKey';
// fetch sends text/plain with a string body; the wire refuses it.
const JSON_TYPE = { 'content-type': 'application/x-amz-json-1.1' };
const SDK_HEADERS =
  'amz-sdk-invocation-id,amz-sdk-request,authorization,content-type,x-amz-date,x-amz-target,x-amz-user-agent';

const exchanges: Exchange[] = [];
let server: MockServer;
let open: MockServer;

beforeAll(async () => {
  [server, open] = await Promise.all([
    startMockServer({ onExchange: (exchange) => exchanges.push(exchange) }),
    startMockServer({ cors: ['*'] }),
  ]);
});

afterAll(async () => {
  await Promise.all([server.close(), open.close()]);
});

const preflight = (url: string, origin: string) =>
  fetch(url, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': SDK_HEADERS,
    },
  });

describe('corsPolicy', () => {
  it.each([
    [['http://localhost:*'], 'http://localhost:5173', true],
    [['http://localhost:*'], 'http://localhost', true],
    [['http://localhost:*'], 'https://localhost:5173', false],
    [['http://localhost:*'], 'http://localhost.evil.test', false],
    [['http://localhost:*'], 'http://localhost:5173.evil.test', false],
    [['https://app.example.com'], 'https://app.example.com', true],
    [['https://app.example.com'], 'https://app.example.com:8443', false],
    [['http://127.0.0.1:3000'], 'http://127.0.0.1:3000', true],
    [['*'], 'https://anywhere.test', true],
  ])('%j allows %s: %s', (patterns, origin, want) => {
    expect(corsPolicy(patterns).allows(origin)).toBe(want);
  });

  it('refuses a pattern that is not an origin', () => {
    expect(() => corsPolicy(['localhost:3000'])).toThrow(/not an origin: localhost:3000/);
    expect(() => corsPolicy(['http://localhost/app'])).toThrow(/not an origin/);
  });
});

describe('CORS by default: localhost and 127.0.0.1 pages on any port', () => {
  it('answers the preflight of a local page with what the AWS SDK asks for', async () => {
    const res = await preflight(server.url, 'http://localhost:5173');
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    expect(res.headers.get('access-control-allow-headers')?.split(', ')).toEqual(
      SDK_HEADERS.split(','),
    );
    expect(res.headers.get('vary')).toBe('Origin');
  });

  it('lets a local page read the reply and its request id', async () => {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: {
        ...JSON_TYPE,
        origin: 'http://127.0.0.1:8080',
        'x-amz-target': 'TrentService.ListKeys',
      },
      body: '{}',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:8080');
    expect(res.headers.get('access-control-expose-headers')).toBe('x-amzn-RequestId');
  });

  it('refuses the preflight of another origin with a JSON error and no CORS headers', async () => {
    const res = await preflight(server.url, 'https://evil.test');
    expect(res.status).toBe(400);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const body = (await res.json()) as { __type: string; message: string };
    expect(body.__type).toBe('AccessDeniedException');
    expect(body.message).toContain('Origin https://evil.test is not allowed');
    expect(body.message).toContain('--cors');
  });

  it('sends no CORS headers to a request without Origin (not from a browser page)', async () => {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'x-amz-target': 'TrentService.ListKeys' },
      body: '{}',
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('leaves an OPTIONS that is not a preflight to the wire: UnknownOperationException', async () => {
    const res = await fetch(server.url, { method: 'OPTIONS' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { __type: string }).__type).toBe('UnknownOperationException');
  });
});

describe("--cors '*'", () => {
  it('allows any origin with `*`, only when asked', async () => {
    const res = await preflight(open.url, 'https://anywhere.test');
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('refuses a bad origin pattern before anything starts', async () => {
    await expect(startMockServer({ cors: ['localhost'] })).rejects.toThrow(/not an origin/);
  });

  it('sends no CORS headers at all with an empty list', async () => {
    const closed = await startMockServer({ cors: [] });
    try {
      const res = await preflight(closed.url, 'http://localhost:5173');
      // No CORS: the OPTIONS goes to the wire like any other non-POST request.
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      expect(((await res.json()) as { __type: string }).__type).toBe('UnknownOperationException');
    } finally {
      await closed.close();
    }
  });
});

describe('GET /_kms/health', () => {
  it('answers JSON with the version, regions, key count and store kind', async () => {
    await fetch(server.url, {
      method: 'POST',
      headers: { ...JSON_TYPE, 'x-amz-target': 'TrentService.CreateKey' },
      body: '{}',
    });
    const res = await fetch(`${server.url}/_kms/health`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    const version = (
      (await import('../../package.json', { with: { type: 'json' } })) as {
        default: { version: string };
      }
    ).default.version;
    expect(await res.json()).toEqual({
      status: 'ok',
      version,
      regions: ['us-east-1'],
      keys: 1,
      store: 'memory',
    });
  });

  it('answers HEAD without a body, and leaves POST to the KMS wire', async () => {
    const head = await fetch(`${server.url}/_kms/health`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await fetch(`${server.url}/_kms/health`, { method: 'POST', body: '{}' });
    expect(((await post.json()) as { __type: string }).__type).toBe('UnknownOperationException');
  });
});

describe('what --log is told', () => {
  it('one exchange per request: operation, status, error type, time, request id; no content', async () => {
    exchanges.length = 0;
    const secret = 'c2VjcmV0LXBsYWludGV4dA==';
    const ok = await fetch(server.url, {
      method: 'POST',
      headers: { ...JSON_TYPE, 'x-amz-target': 'TrentService.GenerateRandom' },
      body: JSON.stringify({ NumberOfBytes: 8 }),
    });
    const bad = await fetch(server.url, {
      method: 'POST',
      headers: {
        ...JSON_TYPE,
        'x-amz-target': GDK,
        authorization: 'AWS4-HMAC-SHA256 Signature=abc',
      },
      body: JSON.stringify({ KeyId: 'alias/none', KeySpec: 'AES_256', Plaintext: secret }),
    });
    await fetch(`${server.url}/_kms/health`);
    expect(
      exchanges.map(({ operation, status, errorType }) => [operation, status, errorType]),
    ).toEqual([
      ['GenerateRandom', 200, undefined],
      ['GenerateDataKey', 400, 'NotFoundException'],
      ['GET /_kms/health', 200, undefined],
    ]);
    expect(exchanges[0]?.requestId).toBe(ok.headers.get('x-amzn-requestid'));
    expect(exchanges[1]?.requestId).toBe(bad.headers.get('x-amzn-requestid'));
    expect(exchanges.every((e) => e.milliseconds >= 0)).toBe(true);
    const logged = JSON.stringify(exchanges);
    for (const word of [secret, 'Signature', 'alias/none', 'Plaintext'])
      expect(logged).not.toContain(word);
  });
});
