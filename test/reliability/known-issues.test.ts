import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../src/server/start-mock-server.js';

/**
 * Faults the fuzzer found in the mock and the crypto layer, kept as regression tests now that they
 * are fixed: each was a 500 KMSInternalException for input that is the caller's mistake.
 */
const logged: string[] = [];
let kms: MockServer;
let keyId = '';

beforeAll(async () => {
  kms = await startMockServer({
    logger: { error: (message, detail) => logged.push(`${message} ${String(detail)}`) },
  });
  const created = await post('CreateKey', {});
  keyId = (created.body as { KeyMetadata: { KeyId: string } }).KeyMetadata.KeyId;
});
afterAll(async () => {
  await kms.close();
});

async function post(operation: string, input: unknown): Promise<{ status: number; body: unknown }> {
  const response = await fetch(kms.url, {
    method: 'POST',
    headers: {
      'x-amz-target': `TrentService.${operation}`,
      'content-type': 'application/x-amz-json-1.1',
    },
    body: JSON.stringify(input),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? {} : (JSON.parse(text) as unknown) };
}

describe('inputs the fuzzer once turned into 500s', () => {
  // "AB==" decodes like "AA==" (its padding bits are set): the spec's pattern now admits canonical
  // base64 only, and the mock's decoder answers SerializationException should anything else pass.
  it('non-canonical base64 in a blob member is a 400 SerializationException', async () => {
    const reply = await post('Encrypt', { KeyId: keyId, Plaintext: 'AB==' });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ __type: 'SerializationException' });
  });

  // JSON can carry lone surrogates, which have no UTF-8 form to authenticate.
  it('an EncryptionContext with a lone surrogate is a ValidationException', async () => {
    const reply = await post('Encrypt', {
      KeyId: keyId,
      Plaintext: 'AAAA',
      EncryptionContext: { a: '\ud800' },
    });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ __type: 'ValidationException' });
  });

  // encodeEncryptionContext once spread one argument per key and value (a stack overflow at about
  // 50,000 pairs); it now joins a list.
  it('an EncryptionContext of 50,000 pairs is not an internal error', async () => {
    const context = Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`k${i}`, 'v']));
    const reply = await post('Encrypt', {
      KeyId: keyId,
      Plaintext: 'AAAA',
      EncryptionContext: context,
    });
    expect(reply.status).toBeLessThan(500);
  });

  it('logged no internal failure but those two', () => {
    for (const entry of logged) {
      expect(entry).toMatch(/a validated blob did not decode|Maximum call stack size exceeded/);
    }
  });
});
