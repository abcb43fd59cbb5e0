import * as kms from '@aws-sdk/client-kms';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../src/server/start-mock-server.js';

const credentials = { accessKeyId: 'AKIDTEST', secretAccessKey: 'test-secret' };
const clientFor = (server: MockServer, creds = credentials, region = 'us-east-1') =>
  new kms.KMSClient({
    region,
    endpoint: server.url,
    credentials: creds,
    maxAttempts: 1,
  });

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kms-contract-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('--data-dir', () => {
  it('keeps keys, aliases, states and decryptability across a restart', async () => {
    let server = await startMockServer({ dataDir: dir });
    let client = clientFor(server);
    const keyId = (await client.send(new kms.CreateKeyCommand({}))).KeyMetadata?.KeyId ?? '';
    const disabled = (await client.send(new kms.CreateKeyCommand({}))).KeyMetadata?.KeyId ?? '';
    await client.send(new kms.DisableKeyCommand({ KeyId: disabled }));
    await client.send(
      new kms.CreateAliasCommand({ AliasName: 'alias/durable', TargetKeyId: keyId }),
    );
    const made = await client.send(
      new kms.GenerateDataKeyCommand({
        KeyId: 'alias/durable',
        KeySpec: 'AES_256',
        EncryptionContext: { k: 'v' },
      }),
    );
    client.destroy();
    await server.close();

    server = await startMockServer({ dataDir: dir });
    client = clientFor(server);
    const opened = await client.send(
      new kms.DecryptCommand({
        CiphertextBlob: made.CiphertextBlob,
        EncryptionContext: { k: 'v' },
      }),
    );
    expect(Buffer.from(opened.Plaintext ?? [])).toEqual(Buffer.from(made.Plaintext ?? []));
    expect(
      (await client.send(new kms.DescribeKeyCommand({ KeyId: 'alias/durable' }))).KeyMetadata
        ?.KeyId,
    ).toBe(keyId);
    expect(
      (await client.send(new kms.DescribeKeyCommand({ KeyId: disabled }))).KeyMetadata?.KeyState,
    ).toBe('Disabled');
    client.destroy();
    await server.close();
  });

  it('keeps asymmetric key pairs and HMAC secrets across a restart', async () => {
    const message = new TextEncoder().encode('durable');
    let server = await startMockServer({ dataDir: dir });
    let client = clientFor(server);
    const signer = (
      await client.send(
        new kms.CreateKeyCommand({ KeySpec: 'ECC_SECG_P256K1', KeyUsage: 'SIGN_VERIFY' }),
      )
    ).KeyMetadata?.KeyId;
    const macKey = (
      await client.send(
        new kms.CreateKeyCommand({ KeySpec: 'HMAC_512', KeyUsage: 'GENERATE_VERIFY_MAC' }),
      )
    ).KeyMetadata?.KeyId;
    const before = await client.send(new kms.GetPublicKeyCommand({ KeyId: signer }));
    const { Signature } = await client.send(
      new kms.SignCommand({ KeyId: signer, Message: message, SigningAlgorithm: 'ECDSA_SHA_256' }),
    );
    const { Mac } = await client.send(
      new kms.GenerateMacCommand({ KeyId: macKey, Message: message, MacAlgorithm: 'HMAC_SHA_512' }),
    );
    client.destroy();
    await server.close();

    server = await startMockServer({ dataDir: dir });
    client = clientFor(server);
    const after = await client.send(new kms.GetPublicKeyCommand({ KeyId: signer }));
    expect(after.PublicKey).toEqual(before.PublicKey);
    const verified = await client.send(
      new kms.VerifyCommand({
        KeyId: signer,
        Message: message,
        Signature,
        SigningAlgorithm: 'ECDSA_SHA_256',
      }),
    );
    expect(verified.SignatureValid).toBe(true);
    const again = await client.send(
      new kms.GenerateMacCommand({ KeyId: macKey, Message: message, MacAlgorithm: 'HMAC_SHA_512' }),
    );
    expect(again.Mac).toEqual(Mac);
    client.destroy();
    await server.close();
  });

  it('keeps rotated key material and the rotation schedule across a restart', async () => {
    let server = await startMockServer({ dataDir: dir });
    let client = clientFor(server);
    const keyId = (await client.send(new kms.CreateKeyCommand({}))).KeyMetadata?.KeyId ?? '';
    const Plaintext = new TextEncoder().encode('before the rotation');
    const old = await client.send(new kms.EncryptCommand({ KeyId: keyId, Plaintext }));
    await client.send(new kms.RotateKeyOnDemandCommand({ KeyId: keyId }));
    await client.send(new kms.EnableKeyRotationCommand({ KeyId: keyId, RotationPeriodInDays: 90 }));
    const status = await client.send(new kms.GetKeyRotationStatusCommand({ KeyId: keyId }));
    const listed = await client.send(
      new kms.ListKeyRotationsCommand({ KeyId: keyId, IncludeKeyMaterial: 'ALL_KEY_MATERIAL' }),
    );
    const current = (await client.send(new kms.DescribeKeyCommand({ KeyId: keyId }))).KeyMetadata
      ?.CurrentKeyMaterialId;
    client.destroy();
    await server.close();

    server = await startMockServer({ dataDir: dir });
    client = clientFor(server);
    const opened = await client.send(
      new kms.DecryptCommand({ CiphertextBlob: old.CiphertextBlob }),
    );
    expect(opened.Plaintext).toEqual(Plaintext);
    expect(opened.KeyMaterialId).toBe(listed.Rotations?.[0]?.KeyMaterialId);
    expect(await client.send(new kms.GetKeyRotationStatusCommand({ KeyId: keyId }))).toMatchObject({
      KeyRotationEnabled: true,
      RotationPeriodInDays: 90,
      NextRotationDate: status.NextRotationDate,
    });
    const again = await client.send(
      new kms.ListKeyRotationsCommand({ KeyId: keyId, IncludeKeyMaterial: 'ALL_KEY_MATERIAL' }),
    );
    expect(again.Rotations).toEqual(listed.Rotations);
    expect(
      (await client.send(new kms.DescribeKeyCommand({ KeyId: keyId }))).KeyMetadata
        ?.CurrentKeyMaterialId,
    ).toBe(current);
    client.destroy();
    await server.close();
  });

  it('keeps GetKeyLastUsage across a clean restart, with the tracking start of the first start', async () => {
    let server = await startMockServer({ dataDir: dir });
    let client = clientFor(server);
    const keyId = (await client.send(new kms.CreateKeyCommand({}))).KeyMetadata?.KeyId ?? '';
    const unused = (await client.send(new kms.CreateKeyCommand({}))).KeyMetadata?.KeyId ?? '';
    await client.send(new kms.EncryptCommand({ KeyId: keyId, Plaintext: new Uint8Array([1]) }));
    const before = await client.send(new kms.GetKeyLastUsageCommand({ KeyId: keyId }));
    expect(before.KeyLastUsage?.Operation).toBe('Encrypt');
    client.destroy();
    await server.close();

    server = await startMockServer({ dataDir: dir });
    client = clientFor(server);
    const after = await client.send(new kms.GetKeyLastUsageCommand({ KeyId: keyId }));
    expect(after.KeyLastUsage).toEqual(before.KeyLastUsage);
    expect(after.TrackingStartDate).toEqual(before.TrackingStartDate);
    const never = await client.send(new kms.GetKeyLastUsageCommand({ KeyId: unused }));
    expect(never.KeyLastUsage).toEqual({});
    client.destroy();
    await server.close();
  });

  it('without it, keys live in memory only', async () => {
    const first = await startMockServer();
    const client = clientFor(first);
    const keyId = (await client.send(new kms.CreateKeyCommand({}))).KeyMetadata?.KeyId ?? '';
    client.destroy();
    await first.close();
    const second = await startMockServer();
    await expect(
      clientFor(second).send(new kms.DescribeKeyCommand({ KeyId: keyId })),
    ).rejects.toBeInstanceOf(kms.NotFoundException);
    await second.close();
  });
});

describe('--seed', () => {
  const seed = `keys:
  - id: 1234abcd-12ab-34cd-56ef-1234567890ab
    material: AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=
  - id: 0b9d1a9e-7f0c-4d6e-9a55-6f1e2d3c4b5a
    state: Disabled
aliases:
  - name: alias/payments
    targetKeyId: 1234abcd-12ab-34cd-56ef-1234567890ab
`;

  it('creates keys with fixed ids and material: a blob from one server opens in another', async () => {
    const file = join(dir, 'seed.yaml');
    await writeFile(file, seed);
    const a = await startMockServer({ seed: file, region: 'eu-west-1', account: '123456789012' });
    // Signed for eu-west-1, where the seed's keys are (the server's default Region).
    const made = await clientFor(a, credentials, 'eu-west-1').send(
      new kms.GenerateDataKeyCommand({ KeyId: 'alias/payments', NumberOfBytes: 16 }),
    );
    expect(made.KeyId).toBe(
      'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    );
    await a.close();
    const b = await startMockServer({ seed: file, region: 'eu-west-1', account: '123456789012' });
    const opened = await clientFor(b, credentials, 'eu-west-1').send(
      new kms.DecryptCommand({ CiphertextBlob: made.CiphertextBlob }),
    );
    expect(Buffer.from(opened.Plaintext ?? [])).toEqual(Buffer.from(made.Plaintext ?? []));
    await expect(
      clientFor(b, credentials, 'eu-west-1').send(
        new kms.EncryptCommand({
          KeyId: '0b9d1a9e-7f0c-4d6e-9a55-6f1e2d3c4b5a',
          Plaintext: new Uint8Array([1]),
        }),
      ),
    ).rejects.toBeInstanceOf(kms.DisabledException);
    await b.close();
  });

  it('refuses a bad seed file with a message naming the entry', async () => {
    const file = join(dir, 'bad.yaml');
    await writeFile(file, 'keys:\n  - id: nope\n');
    await expect(startMockServer({ seed: file })).rejects.toThrow(/keys\[0\]|nope/);
  });
});

describe('--auth sigv4', () => {
  it('accepts the configured key and refuses others with the AWS error names', async () => {
    const server = await startMockServer({ auth: 'sigv4', credentials: [credentials] });
    const made = await clientFor(server).send(new kms.CreateKeyCommand({}));
    expect(made.KeyMetadata?.KeyId).toBeDefined();
    const unknown = await clientFor(server, { accessKeyId: 'AKIDOTHER', secretAccessKey: 'x' })
      .send(new kms.ListKeysCommand({}))
      .catch((e: Error) => e);
    expect((unknown as Error).name).toBe('UnrecognizedClientException');
    const wrong = await clientFor(server, { accessKeyId: 'AKIDTEST', secretAccessKey: 'wrong' })
      .send(new kms.ListKeysCommand({}))
      .catch((e: Error) => e);
    expect((wrong as Error).name).toBe('InvalidSignatureException');
    const unsigned = await fetch(server.url, {
      method: 'POST',
      headers: {
        'x-amz-target': 'TrentService.ListKeys',
        'content-type': 'application/x-amz-json-1.1',
      },
      body: '{}',
    });
    expect(((await unsigned.json()) as { __type: string }).__type).toBe(
      'MissingAuthenticationTokenException',
    );
    await server.close();
  });

  it('will not start without credentials to check against', async () => {
    await expect(startMockServer({ auth: 'sigv4', credentials: [] })).rejects.toThrow(/access key/);
  });
});
