// createKmsMock through the real AWS SDK in Node (setupServer): the controls a test needs.
import * as sdk from '@aws-sdk/client-kms';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createKmsMock, kmsError, KmsSeedError } from '../../src/msw/index.js';

const KEY = '1234abcd-12ab-34cd-56ef-1234567890ab';
const OTHER = '0b9d1a9e-7f0c-4d6e-9a55-6f1e2d3c4b5a';
const MATERIAL = 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=';
const seed = {
  keys: [
    { id: KEY, material: MATERIAL },
    { id: OTHER, state: 'Disabled' as const },
  ],
  aliases: [{ name: 'alias/app', targetKeyId: KEY }],
};
const credentials = { accessKeyId: 'AKID', secretAccessKey: 'secret' };

const logger = { error: vi.fn() };
const kms = createKmsMock({
  region: 'eu-west-1',
  account: '123456789012',
  seed,
  baseUrls: ['http://localhost:4566'],
  logger,
});
const server = setupServer(...kms.handlers);
const client = new sdk.KMSClient({ region: 'eu-west-1', credentials, maxAttempts: 1 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(async () => {
  logger.error.mockClear();
  await kms.reset();
});
afterAll(() => {
  client.destroy();
  server.close();
});

describe('createKmsMock: stateful, real crypto', () => {
  it('gives the same data key back from Decrypt, under the seeded key id and the configured ARN', async () => {
    const made = await client.send(
      new sdk.GenerateDataKeyCommand({
        KeyId: 'alias/app',
        KeySpec: 'AES_256',
        EncryptionContext: { tenant: 't1' },
      }),
    );
    expect(made.KeyId).toBe(`arn:aws:kms:eu-west-1:123456789012:key/${KEY}`);
    const opened = await client.send(
      new sdk.DecryptCommand({
        CiphertextBlob: made.CiphertextBlob,
        EncryptionContext: { tenant: 't1' },
      }),
    );
    expect(opened.Plaintext).toEqual(made.Plaintext);
    await expect(
      client.send(
        new sdk.DecryptCommand({
          CiphertextBlob: made.CiphertextBlob,
          EncryptionContext: { tenant: 't2' },
        }),
      ),
    ).rejects.toBeInstanceOf(sdk.InvalidCiphertextException);
  });

  it('serves every region and the base URLs it is given', async () => {
    for (const region of ['us-west-2', 'ap-northeast-1', 'cn-northwest-1']) {
      const regional = new sdk.KMSClient({ region, credentials, maxAttempts: 1 });
      expect(
        (await regional.send(new sdk.GenerateRandomCommand({ NumberOfBytes: 4 }))).Plaintext,
      ).toHaveLength(4);
    }
    const local = new sdk.KMSClient({
      region: 'eu-west-1',
      credentials,
      endpoint: 'http://localhost:4566',
      maxAttempts: 1,
    });
    expect(
      (await local.send(new sdk.DescribeKeyCommand({ KeyId: 'alias/app' }))).KeyMetadata?.KeyId,
    ).toBe(KEY);
  });

  it('opens ciphertext from another mock with the same seeded key material', async () => {
    const made = await client.send(
      new sdk.GenerateDataKeyCommand({ KeyId: KEY, NumberOfBytes: 16 }),
    );
    const other = createKmsMock({ seed, region: 'eu-west-1' });
    server.use(...other.handlers);
    const opened = await client.send(
      new sdk.DecryptCommand({ CiphertextBlob: made.CiphertextBlob }),
    );
    expect(opened.Plaintext).toEqual(made.Plaintext);
    expect(other.calls('Decrypt')).toHaveLength(1);
    expect(kms.calls('Decrypt')).toHaveLength(0);
    server.resetHandlers();
  });

  it('answers a request the contract refuses with the modelled error, and does not count it as a call', async () => {
    await expect(
      client.send(new sdk.GenerateDataKeyCommand({ KeyId: KEY, NumberOfBytes: 2000 })),
    ).rejects.toMatchObject({ name: 'ValidationException', $fault: 'client' });
    await expect(
      client.send(new sdk.GenerateDataKeyCommand({ KeyId: OTHER, NumberOfBytes: 16 })),
    ).rejects.toBeInstanceOf(sdk.DisabledException);
    expect(kms.calls('GenerateDataKey').map((call) => call.input.KeyId)).toEqual([OTHER]);
  });
});

describe('calls', () => {
  it('records each call with its decoded input, headers, request id and result', async () => {
    const plaintext = new TextEncoder().encode('secret');
    const sealed = await client.send(
      new sdk.EncryptCommand({ KeyId: 'alias/app', Plaintext: plaintext }),
    );
    const [call] = kms.calls('Encrypt');
    expect(call?.input).toEqual({ KeyId: 'alias/app', Plaintext: plaintext });
    expect(call?.headers['x-amz-target']).toBe('TrentService.Encrypt');
    expect(call?.headers.authorization).toContain('Credential=AKID/');
    expect(call?.requestId).toBe(sealed.$metadata.requestId);
    expect(call?.result).toEqual({
      ok: true,
      output: {
        KeyId: sealed.KeyId,
        CiphertextBlob: sealed.CiphertextBlob,
        EncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
      },
    });
  });

  it('lists every operation in order without an argument; a failed call carries its error', async () => {
    await client.send(new sdk.GenerateRandomCommand({ NumberOfBytes: 1 }));
    await client.send(new sdk.DisableKeyCommand({ KeyId: KEY }));
    await expect(
      client.send(new sdk.EncryptCommand({ KeyId: 'alias/app', Plaintext: new Uint8Array(1) })),
    ).rejects.toBeInstanceOf(sdk.DisabledException);
    const calls = kms.calls();
    expect(calls.map((call) => call.operation)).toEqual([
      'GenerateRandom',
      'DisableKey',
      'Encrypt',
    ]);
    const last = calls[2];
    expect(last?.result.ok).toBe(false);
    if (last && !last.result.ok) expect(last.result.error.name).toBe('DisabledException');
  });
});

describe('failNext and failAlways', () => {
  it('fail the next calls in order with modelled errors the SDK turns into its own classes', async () => {
    kms.failNext('Decrypt', 'KMSInternalException');
    kms.failNext('Decrypt', 'KeyUnavailableException', 'HSM cluster offline');
    const made = await client.send(
      new sdk.GenerateDataKeyCommand({ KeyId: KEY, KeySpec: 'AES_128' }),
    );
    const decrypt = () =>
      client.send(new sdk.DecryptCommand({ CiphertextBlob: made.CiphertextBlob }));
    const first = await decrypt().catch((e: unknown) => e);
    expect(first).toBeInstanceOf(sdk.KMSInternalException);
    expect(first).toMatchObject({ $fault: 'server', $metadata: { httpStatusCode: 500 } });
    await expect(decrypt()).rejects.toThrow(
      new sdk.KeyUnavailableException({ message: 'HSM cluster offline', $metadata: {} }).message,
    );
    expect((await decrypt()).Plaintext).toEqual(made.Plaintext);
  });

  it('fail every call with failAlways, until reset', async () => {
    kms.failAlways('GenerateDataKey', 'DisabledException');
    for (let i = 0; i < 3; i++) {
      await expect(
        client.send(new sdk.GenerateDataKeyCommand({ KeyId: KEY, KeySpec: 'AES_256' })),
      ).rejects.toBeInstanceOf(sdk.DisabledException);
    }
    await kms.reset();
    await expect(
      client.send(new sdk.GenerateDataKeyCommand({ KeyId: KEY, KeySpec: 'AES_256' })),
    ).resolves.toBeDefined();
  });

  it('let a retrying SDK client through after one failure (the SDK retries throttling)', async () => {
    const retrying = new sdk.KMSClient({ region: 'eu-west-1', credentials, maxAttempts: 3 });
    kms.failNext('GenerateRandom', 'ThrottlingException');
    await expect(
      retrying.send(new sdk.GenerateRandomCommand({ NumberOfBytes: 8 })),
    ).resolves.toMatchObject({ $metadata: { attempts: 2 } });
    expect(kms.calls('GenerateRandom').map((call) => call.result.ok)).toEqual([false, true]);
  });
});

describe('use', () => {
  it('answers an operation with a typed resolver, blobs as bytes', async () => {
    kms.use('GenerateDataKey', ({ input }) => ({
      KeyId: `arn:aws:kms:eu-west-1:123456789012:key/${KEY}`,
      Plaintext: new Uint8Array(input.NumberOfBytes ?? 32).fill(7),
      CiphertextBlob: new Uint8Array([1, 2, 3]),
    }));
    const made = await client.send(
      new sdk.GenerateDataKeyCommand({ KeyId: KEY, NumberOfBytes: 4 }),
    );
    expect(made.Plaintext).toEqual(new Uint8Array([7, 7, 7, 7]));
    expect(made.CiphertextBlob).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('can adjust the mock own answer through next(), once', async () => {
    kms.use(
      'DescribeKey',
      async ({ next }) => {
        const real = await next();
        return {
          KeyMetadata: {
            ...real.KeyMetadata,
            KeyId: real.KeyMetadata?.KeyId ?? '',
            Description: 'adjusted',
          },
        };
      },
      { once: true },
    );
    expect(
      (await client.send(new sdk.DescribeKeyCommand({ KeyId: 'alias/app' }))).KeyMetadata
        ?.Description,
    ).toBe('adjusted');
    expect(
      (await client.send(new sdk.DescribeKeyCommand({ KeyId: 'alias/app' }))).KeyMetadata
        ?.Description,
    ).toBe('');
  });

  it('sends a contract error the resolver throws', async () => {
    kms.use('DescribeKey', () => {
      throw kmsError('NotFoundException', 'no such key here');
    });
    await expect(client.send(new sdk.DescribeKeyCommand({ KeyId: KEY }))).rejects.toThrow(
      /no such key here/,
    );
    await expect(client.send(new sdk.DescribeKeyCommand({ KeyId: KEY }))).rejects.toBeInstanceOf(
      sdk.NotFoundException,
    );
  });

  it('refuses to send what the contract refuses: KMSInternalException, and the reason to the logger', async () => {
    kms.use('GenerateRandom', () => ({ Plaintext: 'not bytes' as unknown as Uint8Array }));
    await expect(
      client.send(new sdk.GenerateRandomCommand({ NumberOfBytes: 1 })),
    ).rejects.toBeInstanceOf(sdk.KMSInternalException);
    expect(logger.error).toHaveBeenCalledTimes(1);
    expect(String(logger.error.mock.calls[0]?.[1])).toMatch(
      /the resolver for GenerateRandom returned what the contract refuses: \/Plaintext/,
    );
  });

  it('still checks the request against the contract before the resolver runs', async () => {
    const resolver = vi.fn(() => ({}));
    kms.use('ListKeys', resolver);
    await expect(client.send(new sdk.ListKeysCommand({ Limit: 0 }))).rejects.toMatchObject({
      name: 'ValidationException',
      $fault: 'client',
    });
    expect(resolver).not.toHaveBeenCalled();
  });

  it('loses to a planned failure, and the newest resolver wins', async () => {
    kms.use('GenerateRandom', () => ({ Plaintext: new Uint8Array([1]) }));
    kms.use('GenerateRandom', () => ({ Plaintext: new Uint8Array([2]) }));
    kms.failNext('GenerateRandom', 'DependencyTimeoutException');
    await expect(
      client.send(new sdk.GenerateRandomCommand({ NumberOfBytes: 1 })),
    ).rejects.toBeInstanceOf(sdk.DependencyTimeoutException);
    expect(
      (await client.send(new sdk.GenerateRandomCommand({ NumberOfBytes: 1 }))).Plaintext,
    ).toEqual(new Uint8Array([2]));
  });
});

describe('reset', () => {
  it('brings back the seed and forgets keys, calls, resolvers and failures', async () => {
    const created = await client.send(new sdk.CreateKeyCommand({}));
    await client.send(new sdk.DisableKeyCommand({ KeyId: KEY }));
    kms.use('GenerateRandom', () => ({ Plaintext: new Uint8Array([9]) }));
    kms.failAlways('ListKeys', 'KMSInternalException');
    await kms.reset();
    expect(kms.calls()).toEqual([]);
    const keys = await client.send(new sdk.ListKeysCommand({}));
    expect(keys.Keys?.map((k) => k.KeyId)).toEqual([KEY, OTHER]);
    expect(keys.Keys?.map((k) => k.KeyId)).not.toContain(created.KeyMetadata?.KeyId);
    expect(
      (await client.send(new sdk.DescribeKeyCommand({ KeyId: KEY }))).KeyMetadata?.KeyState,
    ).toBe('Enabled');
    expect(
      (await client.send(new sdk.GenerateRandomCommand({ NumberOfBytes: 3 }))).Plaintext,
    ).toHaveLength(3);
  });
});

describe('options', () => {
  it('refuses a bad seed where the mock is made, naming each problem', () => {
    expect(() =>
      createKmsMock({
        seed: { keys: [{ id: 'nope' }], aliases: [{ name: 'alias/x', targetKeyId: KEY }] },
      }),
    ).toThrow(KmsSeedError);
    expect(() => createKmsMock({ seed: { keys: [{ id: 'nope' }] } })).toThrow(
      /keys\[0\]\.id: must be a key id/,
    );
  });
});
