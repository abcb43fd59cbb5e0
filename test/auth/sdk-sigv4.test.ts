import { GenerateRandomCommand, KMSClient, KMSServiceException } from '@aws-sdk/client-kms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSigV4Verifier, type SigV4Secret } from '../../src/auth/index.js';
import { encodeBase64 } from '../../src/codec/index.js';
import type { OperationTable } from '../../src/protocol/index.js';
import { startServer, type RunningServer } from '../../src/server/index.js';

const KEYS = new Map<string, SigV4Secret>([
  ['AKIDLONGTERM', { secretAccessKey: 'long-term-secret' }],
  ['ASIATEMPORARY', { secretAccessKey: 'temporary-secret', sessionToken: 'session-token-1' }],
]);

const operations: OperationTable = {
  GenerateRandom: async (input) => ({
    Plaintext: encodeBase64(new Uint8Array(Number(input['NumberOfBytes'] ?? 0))),
  }),
};

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({
    operations,
    authenticate: createSigV4Verifier({ credentials: (id) => KEYS.get(id), region: 'us-east-1' }),
  });
});
afterAll(async () => {
  await server.close();
});

function client(
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string },
  systemClockOffset = 0,
): KMSClient {
  return new KMSClient({
    region: 'us-east-1',
    endpoint: server.url,
    credentials,
    maxAttempts: 1,
    systemClockOffset,
  });
}

async function refusal(kms: KMSClient): Promise<KMSServiceException> {
  const error: unknown = await kms.send(new GenerateRandomCommand({ NumberOfBytes: 8 })).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof KMSServiceException))
    throw new Error(`expected a service exception, got ${String(error)}`);
  return error;
}

describe('SigV4 with the real @aws-sdk/client-kms', () => {
  it('accepts the right long-term credentials', async () => {
    const out = await client({
      accessKeyId: 'AKIDLONGTERM',
      secretAccessKey: 'long-term-secret',
    }).send(new GenerateRandomCommand({ NumberOfBytes: 16 }));
    expect(out.Plaintext).toHaveLength(16);
  });

  it('accepts temporary credentials with their session token', async () => {
    const out = await client({
      accessKeyId: 'ASIATEMPORARY',
      secretAccessKey: 'temporary-secret',
      sessionToken: 'session-token-1',
    }).send(new GenerateRandomCommand({ NumberOfBytes: 4 }));
    expect(out.Plaintext).toHaveLength(4);
  });

  it.each<
    [
      string,
      { accessKeyId: string; secretAccessKey: string; sessionToken?: string },
      string,
      string,
    ]
  >([
    [
      'a wrong secret',
      { accessKeyId: 'AKIDLONGTERM', secretAccessKey: 'guess' },
      'InvalidSignatureException',
      'The request signature we calculated does not match',
    ],
    [
      'an unknown access key',
      { accessKeyId: 'AKIDNOBODY', secretAccessKey: 'long-term-secret' },
      'UnrecognizedClientException',
      'The security token included in the request is invalid.',
    ],
    [
      'a wrong session token',
      { accessKeyId: 'ASIATEMPORARY', secretAccessKey: 'temporary-secret', sessionToken: 'stolen' },
      'UnrecognizedClientException',
      'The security token included in the request is invalid.',
    ],
    [
      'a missing session token',
      { accessKeyId: 'ASIATEMPORARY', secretAccessKey: 'temporary-secret' },
      'UnrecognizedClientException',
      'The security token included in the request is invalid.',
    ],
  ])('refuses %s with %s', async (_name, credentials, type, message) => {
    const error = await refusal(client(credentials));
    expect(error.name).toBe(type);
    expect(error.message).toContain(message);
    expect(error.$fault).toBe('client');
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(error.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a client whose clock is an hour behind', async () => {
    const error = await refusal(
      client({ accessKeyId: 'AKIDLONGTERM', secretAccessKey: 'long-term-secret' }, -3_600_000),
    );
    expect(error.name).toBe('InvalidSignatureException');
    expect(error.message).toMatch(/^Signature expired: \d{8}T\d{6}Z is now earlier than/);
  });
});
