import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH } from '../../src/protocol/wire-body.js';
import { startMockServer, type MockServer } from '../../src/server/start-mock-server.js';

/**
 * Deeply nested request bodies. Before the depth limit in parseJsonObject, a body such as
 * `{"KeyId": [[[…5,000 levels…]]]}` parsed fine (V8's JSON.parse is not recursive) and then blew
 * the stack in code that walks values recursively (the engine's null stripping): a 500
 * KMSInternalException for a client's mistake, logged as an internal failure.
 */
const logged: string[] = [];
let kms: MockServer;

beforeAll(async () => {
  kms = await startMockServer({
    logger: { error: (message, detail) => logged.push(`${message} ${String(detail)}`) },
  });
});
afterAll(async () => {
  await kms.close();
});

async function post(operation: string, body: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(kms.url, {
    method: 'POST',
    headers: {
      'x-amz-target': `TrentService.${operation}`,
      'content-type': 'application/x-amz-json-1.1',
    },
    body,
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
}

const arrays = (n: number, inner = ''): string => `${'['.repeat(n)}${inner}${']'.repeat(n)}`;
const objects = (n: number): string => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;

describe('request bodies nested too deeply', () => {
  it.each([
    ['a known member', 'GenerateDataKey', `{"KeyId":${arrays(5_000)}}`],
    ['an unknown member', 'GenerateDataKey', `{"Unknown":${arrays(10_000)}}`],
    ['a list member', 'GenerateDataKey', `{"KeyId":"alias/x","GrantTokens":${arrays(5_000)}}`],
    [
      'a map value',
      'Encrypt',
      `{"KeyId":"x","Plaintext":"AA==","EncryptionContext":{"a":${objects(5_000)}}}`,
    ],
    ['a whole 1 MiB body of brackets', 'GenerateDataKey', '['.repeat(1024 * 1024)],
    ['unbalanced brackets', 'CreateKey', `{"Tags":${'['.repeat(100_000)}`],
  ])('%s is a 400 SerializationException, not an internal error', async (_name, op, body) => {
    const reply = await post(op, body);
    expect(reply).toEqual({
      status: 400,
      body: {
        __type: 'SerializationException',
        message: `Request body is nested more than ${MAX_JSON_DEPTH} levels deep`,
      },
    });
  });

  it('still reads bodies up to the limit, and does not count brackets inside strings', async () => {
    // MAX_JSON_DEPTH levels in all: the body object plus an unknown member nested below it.
    const atLimit = await post('CreateKey', `{"Unknown":${arrays(MAX_JSON_DEPTH - 1)}}`);
    expect(atLimit.status).toBe(200);
    const overLimit = await post('CreateKey', `{"Unknown":${arrays(MAX_JSON_DEPTH)}}`);
    expect(overLimit.status).toBe(400);

    const inString = await post(
      'CreateKey',
      JSON.stringify({ Description: `${'['.repeat(4_000)}\\"{{{{` }),
    );
    expect(inString.status).toBe(200);
    expect(inString.body).toMatchObject({
      KeyMetadata: { Description: `${'['.repeat(4_000)}\\"{{{{` },
    });
  });

  it('logged no internal failure', () => {
    expect(logged).toEqual([]);
  });
});
