import {
  EnableKeyCommand,
  GenerateDataKeyCommand,
  KMSClient,
  KMSServiceException,
  NotFoundException,
} from '@aws-sdk/client-kms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkErrorBody, checkResponse } from '../../src/contract/index.js';
import { parsePrefer, startPrismFront } from '../../src/prism/index.js';
import type { PrismFront } from '../../src/prism/index.js';

const KEY = '1234abcd-12ab-34cd-56ef-1234567890ab';
const GDK = 'TrentService.GenerateDataKey';
// Prism checks that the spec's apiKey-style `sigv4` scheme header is present, not the signature.
const AUTH =
  'AWS4-HMAC-SHA256 Credential=AKID/20250101/us-east-1/kms/aws4_request, SignedHeaders=host, Signature=00';

let front: PrismFront;
let kms: KMSClient;
const lines: string[] = [];

beforeAll(async () => {
  const started = performance.now();
  front = await startPrismFront({ log: (line) => lines.push(line) });
  console.log(
    `prism front started in ${(performance.now() - started).toFixed(0)} ms at ${front.url}`,
  );
  kms = new KMSClient({
    region: 'us-east-1',
    endpoint: front.url,
    credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret' },
  });
});

afterAll(async () => {
  kms.destroy();
  await front.close();
});

/** A client whose every request carries `header: value` (added before signing). */
function clientWithHeader(name: string, value: string): KMSClient {
  const client = new KMSClient({
    region: 'us-east-1',
    endpoint: front.url,
    credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret' },
    maxAttempts: 1,
  });
  client.middlewareStack.add(
    (next) => async (args) => {
      (args.request as { headers: Record<string, string> }).headers[name] = value;
      return next(args);
    },
    { step: 'build' },
  );
  return client;
}

async function post(
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Headers; text: string }> {
  const res = await fetch(`${front.url}/`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.1', authorization: AUTH, ...headers },
    body,
  });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

async function sdkError(client: KMSClient, command: GenerateDataKeyCommand): Promise<unknown> {
  try {
    await client.send(command);
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

describe('the real AWS SDK against the Prism front', () => {
  it('gets a GenerateDataKey success with a 32-byte plaintext', async () => {
    const out = await kms.send(new GenerateDataKeyCommand({ KeyId: KEY, KeySpec: 'AES_256' }));
    expect(out.Plaintext).toBeInstanceOf(Uint8Array);
    expect(out.Plaintext?.length).toBe(32);
    expect(out.CiphertextBlob?.length).toBeGreaterThan(0);
    expect(out.KeyId).toMatch(/^arn:aws:kms:/);
    expect(out.$metadata.httpStatusCode).toBe(200);
    expect(out.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('throws the SDK NotFoundException class when Prefer asks for that example', async () => {
    const client = clientWithHeader('prefer', 'code=400, example=NotFoundException');
    const error = await sdkError(
      client,
      new GenerateDataKeyCommand({ KeyId: KEY, KeySpec: 'AES_256' }),
    );
    client.destroy();
    expect(error).toBeInstanceOf(NotFoundException);
    expect((error as NotFoundException).$metadata.httpStatusCode).toBe(400);
    expect((error as NotFoundException).$fault).toBe('client');
  });

  it('throws UnknownOperationException for a target the spec does not declare', async () => {
    const client = clientWithHeader('x-amz-target', 'TrentService.NoSuchOperation');
    const error = await sdkError(
      client,
      new GenerateDataKeyCommand({ KeyId: KEY, KeySpec: 'AES_256' }),
    );
    client.destroy();
    expect(error).toBeInstanceOf(KMSServiceException);
    expect((error as KMSServiceException).name).toBe('UnknownOperationException');
  });

  it('throws ValidationException for a body the schema rejects (NumberOfBytes: 5000)', async () => {
    const error = await sdkError(
      kms,
      new GenerateDataKeyCommand({ KeyId: KEY, NumberOfBytes: 5000 }),
    );
    expect(error).toBeInstanceOf(KMSServiceException);
    expect((error as KMSServiceException).name).toBe('ValidationException');
    expect((error as KMSServiceException).message).toContain('NumberOfBytes');
  });

  it('answers an operation without output with an empty 200 (EnableKey)', async () => {
    const out = await kms.send(new EnableKeyCommand({ KeyId: KEY }));
    expect(out.$metadata.httpStatusCode).toBe(200);
  });
});

describe('the raw AWS JSON 1.1 wire', () => {
  it('serves a GenerateDataKey body that validates against the spec', async () => {
    const res = await post(JSON.stringify({ KeyId: KEY, KeySpec: 'AES_256' }), {
      'x-amz-target': GDK,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/x-amz-json-1.1');
    expect(res.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    const body: unknown = JSON.parse(res.text);
    expect(checkResponse('GenerateDataKey', body)).toEqual([]);
    expect(Buffer.from((body as { Plaintext: string }).Plaintext, 'base64')).toHaveLength(32);
  });

  it('serves a schema-generated body that validates when Prefer asks for dynamic=true', async () => {
    for (let i = 0; i < 20; i++) {
      const res = await post(JSON.stringify({ KeyId: KEY, NumberOfBytes: 64 }), {
        'x-amz-target': GDK,
        prefer: 'dynamic=true',
      });
      expect(res.status).toBe(200);
      expect(checkResponse('GenerateDataKey', JSON.parse(res.text))).toEqual([]);
    }
  });

  const errors: Array<[string, string, Record<string, string>, number, string, string?]> = [
    [
      'unknown target',
      '{}',
      { 'x-amz-target': 'TrentService.NoSuchOperation' },
      400,
      'UnknownOperationException',
    ],
    ['missing target', '{}', {}, 400, 'UnknownOperationException'],
    [
      'malformed JSON',
      '{"KeyId":',
      { 'x-amz-target': GDK },
      400,
      'SerializationException',
      'not valid JSON',
    ],
    [
      'NumberOfBytes 5000',
      JSON.stringify({ KeyId: KEY, NumberOfBytes: 5000 }),
      { 'x-amz-target': GDK },
      400,
      'ValidationException',
      'NumberOfBytes must be <= 1024',
    ],
    [
      'missing KeyId',
      JSON.stringify({ KeySpec: 'AES_256' }),
      { 'x-amz-target': GDK },
      400,
      'ValidationException',
      'KeyId',
    ],
    ['empty body', '', { 'x-amz-target': GDK }, 400, 'ValidationException', 'KeyId'],
    [
      'unknown KeySpec',
      JSON.stringify({ KeyId: KEY, KeySpec: 'AES_512' }),
      { 'x-amz-target': GDK },
      400,
      'ValidationException',
      'AES_256',
    ],
    [
      'example without code',
      '{}',
      { 'x-amz-target': 'TrentService.ListKeys', prefer: 'example=InvalidMarkerException' },
      400,
      'InvalidMarkerException',
    ],
    [
      'server fault',
      JSON.stringify({ KeyId: KEY, KeySpec: 'AES_256' }),
      { 'x-amz-target': GDK, prefer: 'code=500, example=KMSInternalException' },
      500,
      'KMSInternalException',
    ],
    [
      'undeclared example',
      JSON.stringify({ KeyId: KEY, KeySpec: 'AES_256' }),
      { 'x-amz-target': GDK, prefer: 'code=400, example=NoSuchExample' },
      400,
      'ValidationException',
      'Prefer',
    ],
    [
      'undeclared status',
      JSON.stringify({ KeyId: KEY, KeySpec: 'AES_256' }),
      { 'x-amz-target': GDK, prefer: 'code=404' },
      400,
      'ValidationException',
      'Prefer',
    ],
    [
      'no Authorization',
      JSON.stringify({ KeyId: KEY, KeySpec: 'AES_256' }),
      { 'x-amz-target': GDK, authorization: '' },
      400,
      'MissingAuthenticationTokenException',
    ],
  ];

  it.each(errors)('%s', async (_name, body, headers, status, type, message) => {
    const res = await post(body, headers);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toBe('application/x-amz-json-1.1');
    const parsed = JSON.parse(res.text) as { __type: string; message: string };
    expect(checkErrorBody(parsed)).toEqual([]);
    expect(parsed.__type).toBe(type);
    if (message !== undefined) expect(parsed.message).toContain(message);
    expect(res.text).not.toMatch(/\n\s+at /);
  });

  it('answers a method other than POST with UnknownOperationException', async () => {
    const res = await fetch(`${front.url}/`, {
      method: 'GET',
      headers: { 'x-amz-target': GDK, authorization: AUTH },
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { __type: string }).__type).toBe('UnknownOperationException');
  });

  it("passes Prism's log lines to the log callback", () => {
    expect(lines.some((line) => line.startsWith('prism error: '))).toBe(true);
  });
});

describe('parsePrefer', () => {
  it.each([
    ['code=400, example=NotFoundException', { code: 400, example: 'NotFoundException' }],
    ['example="DisabledException"; dynamic=true', { example: 'DisabledException', dynamic: true }],
    ['code=abc, respond-async', {}],
    [undefined, {}],
  ])('%s', (header, want) => {
    expect(parsePrefer(header)).toEqual(want);
  });
});
