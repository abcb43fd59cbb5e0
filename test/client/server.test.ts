// The typed client against the mock over real HTTP (`kms-contract serve`'s library entry), with
// SigV4 enforced: every request the client sends must carry a signature the server accepts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createKmsClient,
  DisabledException,
  InvalidCiphertextException,
  InvalidGrantIdException,
  InvalidGrantTokenException,
  InvalidSignatureException,
  KmsError,
  NotFoundException,
  UnrecognizedClientException,
  ValidationException,
  type KmsClient,
} from '../../src/client/index.js';
import { startMockServer, type MockServer } from '../../src/server/start-mock-server.js';

const credentials = { accessKeyId: 'AKIDCLIENT', secretAccessKey: 'client-secret' };
const session = {
  accessKeyId: 'ASIACLIENT',
  secretAccessKey: 'session-secret',
  sessionToken: 'token-1',
};
const KEY = '1234abcd-12ab-34cd-56ef-1234567890ab';
const DISABLED = '0b9d1a9e-7f0c-4d6e-9a55-6f1e2d3c4b5a';

let server: MockServer;
let kms: KmsClient;
beforeAll(async () => {
  server = await startMockServer({
    region: 'eu-west-1',
    account: '123456789012',
    auth: 'sigv4',
    credentials: [credentials, session],
    seed: {
      keys: [
        {
          id: KEY,
          description: 'client tests',
          keySpec: 'SYMMETRIC_DEFAULT',
          keyUsage: 'ENCRYPT_DECRYPT',
          state: 'Enabled',
        },
        {
          id: DISABLED,
          description: '',
          keySpec: 'SYMMETRIC_DEFAULT',
          keyUsage: 'ENCRYPT_DECRYPT',
          state: 'Disabled',
        },
      ],
      aliases: [{ name: 'alias/client', targetKeyId: KEY }],
    },
  });
  kms = createKmsClient({ region: 'eu-west-1', endpoint: server.url, credentials });
});
afterAll(() => server.close());

describe('createKmsClient against startMockServer (SigV4 enforced)', () => {
  it('GenerateDataKey then Decrypt gives the same key back, as bytes', async () => {
    const made = await kms.generateDataKey({
      KeyId: 'alias/client',
      KeySpec: 'AES_256',
      EncryptionContext: { purpose: 'test' },
    });
    expect(made.KeyId).toBe(`arn:aws:kms:eu-west-1:123456789012:key/${KEY}`);
    expect(made.Plaintext).toBeInstanceOf(Uint8Array);
    expect(made.Plaintext).toHaveLength(32);
    expect(made.CiphertextBlob).toBeInstanceOf(Uint8Array);
    const opened = await kms.decrypt({
      CiphertextBlob: made.CiphertextBlob ?? new Uint8Array(),
      EncryptionContext: { purpose: 'test' },
    });
    expect(opened.Plaintext).toEqual(made.Plaintext);
    expect(opened.KeyId).toBe(made.KeyId);
  });

  it('has one working method per operation, with AWS member names', async () => {
    const created = await kms.createKey({ Description: 'every method' });
    const keyId = created.KeyMetadata?.KeyId ?? '';
    expect(keyId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await kms.describeKey({ KeyId: keyId })).KeyMetadata?.Description).toBe('every method');
    expect((await kms.listKeys()).Keys?.map((k) => k.KeyId)).toContain(keyId);
    expect(await kms.createAlias({ AliasName: 'alias/every', TargetKeyId: keyId })).toBeUndefined();
    expect((await kms.listAliases({ KeyId: keyId })).Aliases?.map((a) => a.AliasName)).toEqual([
      'alias/every',
    ]);
    const sealed = await kms.encrypt({
      KeyId: 'alias/every',
      Plaintext: new Uint8Array([1, 2, 3]),
    });
    const moved = await kms.reEncrypt({
      CiphertextBlob: sealed.CiphertextBlob ?? new Uint8Array(),
      DestinationKeyId: KEY,
    });
    expect(
      (await kms.decrypt({ CiphertextBlob: moved.CiphertextBlob ?? new Uint8Array() })).Plaintext,
    ).toEqual(new Uint8Array([1, 2, 3]));
    const withoutPlaintext = await kms.generateDataKeyWithoutPlaintext({
      KeyId: keyId,
      NumberOfBytes: 24,
    });
    expect(
      (await kms.decrypt({ CiphertextBlob: withoutPlaintext.CiphertextBlob ?? new Uint8Array() }))
        .Plaintext,
    ).toHaveLength(24);
    expect((await kms.generateRandom({ NumberOfBytes: 7 })).Plaintext).toHaveLength(7);
    expect(await kms.deleteAlias({ AliasName: 'alias/every' })).toBeUndefined();
    expect(await kms.disableKey({ KeyId: keyId })).toBeUndefined();
    expect(await kms.enableKey({ KeyId: keyId })).toBeUndefined();
    expect((await kms.scheduleKeyDeletion({ KeyId: keyId, PendingWindowInDays: 7 })).KeyState).toBe(
      'PendingDeletion',
    );
    expect((await kms.cancelKeyDeletion({ KeyId: keyId })).KeyId).toContain(keyId);
    expect((await kms.send('GenerateRandom', { NumberOfBytes: 3 })).Plaintext).toHaveLength(3);
  });

  it('makes, lists, uses and retires grants; InvalidGrantIdException and InvalidGrantTokenException are classes', async () => {
    const grantee = 'arn:aws:iam::123456789012:role/App';
    const made = await kms.createGrant({
      KeyId: KEY,
      GranteePrincipal: grantee,
      RetiringPrincipal: grantee,
      Operations: ['GenerateDataKey', 'Decrypt'],
    });
    expect(made.GrantId).toMatch(/^[0-9a-f]{64}$/);
    const listed = await kms.listGrants({ KeyId: KEY, GrantId: made.GrantId ?? '' });
    expect(listed.Grants?.[0]).toMatchObject({
      KeyId: `arn:aws:kms:eu-west-1:123456789012:key/${KEY}`,
      IssuingAccount: 'arn:aws:iam::123456789012:root',
    });
    const retirable = await kms.listRetirableGrants({ RetiringPrincipal: grantee });
    expect(retirable.Grants?.map((g) => g.GrantId)).toContain(made.GrantId);
    const GrantTokens = [made.GrantToken ?? ''];
    await kms.generateDataKey({ KeyId: KEY, KeySpec: 'AES_256', GrantTokens });
    expect(await kms.retireGrant({ GrantToken: made.GrantToken ?? '' })).toBeUndefined();
    await expect(
      kms.generateDataKey({ KeyId: KEY, KeySpec: 'AES_256', GrantTokens }),
    ).rejects.toBeInstanceOf(InvalidGrantTokenException);
    await expect(kms.revokeGrant({ KeyId: KEY, GrantId: 'x' })).rejects.toBeInstanceOf(
      InvalidGrantIdException,
    );
  });

  it('throws the error table classes, with the wire message', async () => {
    const missing = kms.describeKey({ KeyId: '11111111-2222-3333-4444-555555555555' });
    await expect(missing).rejects.toBeInstanceOf(NotFoundException);
    await expect(missing).rejects.toMatchObject({
      name: 'NotFoundException',
      status: 400,
      $fault: 'client',
    });
    await expect(
      kms.generateDataKey({ KeyId: DISABLED, KeySpec: 'AES_128' }),
    ).rejects.toBeInstanceOf(DisabledException);
    await expect(kms.decrypt({ CiphertextBlob: new Uint8Array(40) })).rejects.toBeInstanceOf(
      InvalidCiphertextException,
    );
    // Bypasses the type that makes KeySpec and NumberOfBytes exclusive, to see the server's rule.
    const both = { KeyId: KEY, KeySpec: 'AES_256', NumberOfBytes: 32 } as unknown as Parameters<
      KmsClient['generateDataKey']
    >[0];
    const refused = kms.generateDataKey(both);
    await expect(refused).rejects.toBeInstanceOf(ValidationException);
    await expect(refused).rejects.toBeInstanceOf(KmsError);
  });

  it('signs with temporary credentials from a provider, called per request', async () => {
    let calls = 0;
    const client = createKmsClient({
      region: 'eu-west-1',
      endpoint: server.url,
      credentials: async () => (calls++, session),
    });
    await client.generateRandom({ NumberOfBytes: 1 });
    await client.generateRandom({ NumberOfBytes: 1 });
    expect(calls).toBe(2);
  });

  it('is refused with a wrong secret or an unknown key id, as real KMS refuses', async () => {
    const wrongSecret = createKmsClient({
      region: 'eu-west-1',
      endpoint: server.url,
      credentials: { ...credentials, secretAccessKey: 'wrong' },
    });
    await expect(wrongSecret.generateRandom({ NumberOfBytes: 1 })).rejects.toBeInstanceOf(
      InvalidSignatureException,
    );
    const unknown = createKmsClient({
      region: 'eu-west-1',
      endpoint: server.url,
      credentials: { accessKeyId: 'AKIDNOBODY', secretAccessKey: 'x' },
    });
    await expect(unknown.generateRandom({ NumberOfBytes: 1 })).rejects.toBeInstanceOf(
      UnrecognizedClientException,
    );
  });

  it('reports its endpoint and region, and aborts on a signal', async () => {
    expect(kms.endpoint).toBe(`${server.url}/`);
    expect(kms.region).toBe('eu-west-1');
    const aborted = AbortSignal.abort();
    await expect(
      kms.generateRandom({ NumberOfBytes: 1 }, { signal: aborted }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });
});
