import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../src/server/start-mock-server.js';

/**
 * Found by the fuzzer: a request with an `Expect` header other than `100-continue` got node's own
 * bare `417 Expectation Failed`, with no body and no x-amzn-RequestId, never reaching the wire
 * handler. The server now ignores expectations it does not know (RFC 9110 §10.1.1 allows it).
 */
let kms: MockServer;
beforeAll(async () => {
  kms = await startMockServer();
});
afterAll(async () => {
  await kms.close();
});

function post(
  expectValue: string,
  body: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(kms.url, {
      method: 'POST',
      headers: {
        'x-amz-target': 'TrentService.GenerateRandom',
        'content-type': 'application/x-amz-json-1.1',
        expect: expectValue,
        'content-length': Buffer.byteLength(body),
      },
    });
    req.on('response', (response) => {
      let text = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the Expect header', () => {
  it.each(['y6', '200-ok', 'AWS4-HMAC-SHA256 Credential=x', ''])(
    'Expect: %j is ignored, and the request served',
    async (value) => {
      const ok = await post(value, '{"NumberOfBytes":8}');
      expect(ok.status).toBe(200);
      expect(
        Buffer.from((JSON.parse(ok.body) as { Plaintext: string }).Plaintext, 'base64'),
      ).toHaveLength(8);
      const refused = await post(value, '{"NumberOfBytes":0}');
      expect(refused.status).toBe(400);
      expect(refused.headers['x-amzn-requestid']).toMatch(/^[0-9a-f-]{36}$/);
      expect(JSON.parse(refused.body)).toMatchObject({ __type: 'ValidationException' });
    },
  );

  it('Expect: 100-continue still works', async () => {
    const ok = await post('100-continue', '{"NumberOfBytes":4}');
    expect(ok.status).toBe(200);
  });
});
