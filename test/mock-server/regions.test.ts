// serve keeps Regions apart: each request in the Region of its SigV4 credential scope (recorded:
// `TestKMS::test_get_key_in_different_region`), --region only for requests that name none.
import * as kms from '@aws-sdk/client-kms';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../src/server/start-mock-server.js';

const credentials = { accessKeyId: 'AKIDTEST', secretAccessKey: 'test-secret' };
const clients: kms.KMSClient[] = [];
const clientFor = (server: MockServer, region: string) => {
  const client = new kms.KMSClient({ region, endpoint: server.url, credentials, maxAttempts: 1 });
  clients.push(client);
  return client;
};
afterAll(() => {
  for (const client of clients) client.destroy();
});

async function refusal(promise: Promise<unknown>): Promise<{ name: string; message: string }> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof kms.KMSServiceException))
    throw new Error(`expected a service exception, got ${String(error)}`);
  return { name: error.name, message: error.message };
}

const KEY_EU = '1234abcd-12ab-34cd-56ef-1234567890ab';
const KEY_US = '0b9d1a9e-7f0c-4d6e-9a55-6f1e2d3c4b5a';
const MATERIAL = 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=';

describe('two Regions of one serve', () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startMockServer({ region: 'us-east-1' });
  });
  afterAll(async () => {
    await server.close();
  });

  it('shows each SDK client only the keys and aliases of its Region', async () => {
    const eu = clientFor(server, 'eu-west-1');
    const us = clientFor(server, 'us-east-1');
    const euKey = (await eu.send(new kms.CreateKeyCommand({}))).KeyMetadata;
    const usKey = (await us.send(new kms.CreateKeyCommand({}))).KeyMetadata;
    expect(euKey?.Arn).toBe(`arn:aws:kms:eu-west-1:111122223333:key/${euKey?.KeyId}`);
    expect(usKey?.Arn).toBe(`arn:aws:kms:us-east-1:111122223333:key/${usKey?.KeyId}`);

    expect((await eu.send(new kms.ListKeysCommand({}))).Keys?.map((k) => k.KeyId)).toEqual([
      euKey?.KeyId,
    ]);
    expect((await us.send(new kms.ListKeysCommand({}))).Keys?.map((k) => k.KeyId)).toEqual([
      usKey?.KeyId,
    ]);
    expect(await refusal(us.send(new kms.DescribeKeyCommand({ KeyId: euKey?.KeyId })))).toEqual({
      name: 'NotFoundException',
      message: `Key 'arn:aws:kms:us-east-1:111122223333:key/${euKey?.KeyId}' does not exist`,
    });
    expect(await refusal(us.send(new kms.DescribeKeyCommand({ KeyId: euKey?.Arn })))).toEqual({
      name: 'NotFoundException',
      message: 'Invalid arn eu-west-1',
    });

    await eu.send(
      new kms.CreateAliasCommand({ AliasName: 'alias/app', TargetKeyId: euKey?.KeyId }),
    );
    await us.send(
      new kms.CreateAliasCommand({ AliasName: 'alias/app', TargetKeyId: usKey?.KeyId }),
    );
    const viaAlias = async (client: kms.KMSClient) =>
      (await client.send(new kms.DescribeKeyCommand({ KeyId: 'alias/app' }))).KeyMetadata?.KeyId;
    expect(await viaAlias(eu)).toBe(euKey?.KeyId);
    expect(await viaAlias(us)).toBe(usKey?.KeyId);

    const health = (await (await fetch(`${server.url}/_kms/health`)).json()) as {
      regions: string[];
      keys: number;
    };
    expect(health.regions.sort()).toEqual(['eu-west-1', 'us-east-1']);
    expect(health.keys).toBe(2);
  });

  it('serves a request without a credential scope in --region, also under a malformed header', async () => {
    const create = async (headers: Record<string, string>) => {
      const res = await fetch(server.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-amz-json-1.1',
          'x-amz-target': 'TrentService.CreateKey',
          ...headers,
        },
        body: '{}',
      });
      expect(res.status).toBe(200);
      return ((await res.json()) as { KeyMetadata: { Arn: string } }).KeyMetadata.Arn;
    };
    expect(await create({})).toContain(':kms:us-east-1:');
    expect(await create({ authorization: 'Bearer nonsense' })).toContain(':kms:us-east-1:');
    expect(
      await create({
        authorization:
          'AWS4-HMAC-SHA256 Credential=AKID/20260101/Not_A_Region/kms/aws4_request, SignedHeaders=host, Signature=00',
      }),
    ).toContain(':kms:us-east-1:');
    expect(
      await create({
        authorization:
          'AWS4-HMAC-SHA256 Credential=AKID/20260101/ap-south-2/kms/aws4_request, SignedHeaders=host, Signature=00',
      }),
    ).toContain(':kms:ap-south-2:');
  });
});

describe('--auth sigv4: the Region is signed', () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startMockServer({ auth: 'sigv4', credentials: [credentials] });
  });
  afterAll(async () => {
    await server.close();
  });

  it('serves each signed Region', async () => {
    const key = (await clientFor(server, 'eu-central-1').send(new kms.CreateKeyCommand({})))
      .KeyMetadata;
    expect(key?.Arn).toContain(':kms:eu-central-1:');
  });

  it('refuses a request whose scope Region was changed after signing, as a signature mismatch', async () => {
    const client = new kms.KMSClient({
      region: 'us-east-1',
      endpoint: server.url,
      credentials,
      maxAttempts: 1,
    });
    clients.push(client);
    // After signing (the deserialize step sends the request): move it to eu-west-1.
    client.middlewareStack.add(
      (next) => async (args) => {
        const request = args.request as { headers: Record<string, string> };
        request.headers['authorization'] = (request.headers['authorization'] ?? '').replace(
          '/us-east-1/kms/',
          '/eu-west-1/kms/',
        );
        return next(args);
      },
      { step: 'deserialize', name: 'moveToAnotherRegion' },
    );
    expect(await refusal(client.send(new kms.ListKeysCommand({})))).toEqual({
      name: 'InvalidSignatureException',
      message:
        'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
    });
  });

  it('refuses a scope that names no Region', async () => {
    expect(await refusal(clientFor(server, 'moon').send(new kms.ListKeysCommand({})))).toEqual({
      name: 'InvalidSignatureException',
      message: 'Credential should be scoped to a valid region.',
    });
  });
});

describe('--data-dir and --seed with several Regions', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kms-contract-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps the keys and aliases of each Region across a restart', async () => {
    const first = await startMockServer({ dataDir: dir });
    const made = new Map<string, { keyId: string; blob: Uint8Array; plaintext: Uint8Array }>();
    for (const region of ['eu-west-1', 'ap-southeast-2']) {
      const client = clientFor(first, region);
      const keyId = (await client.send(new kms.CreateKeyCommand({}))).KeyMetadata?.KeyId ?? '';
      await client.send(new kms.CreateAliasCommand({ AliasName: 'alias/app', TargetKeyId: keyId }));
      const dataKey = await client.send(
        new kms.GenerateDataKeyCommand({ KeyId: 'alias/app', NumberOfBytes: 16 }),
      );
      made.set(region, {
        keyId,
        blob: dataKey.CiphertextBlob ?? new Uint8Array(),
        plaintext: dataKey.Plaintext ?? new Uint8Array(),
      });
    }
    await first.close();

    const second = await startMockServer({ dataDir: dir });
    try {
      for (const [region, { keyId, blob, plaintext }] of made) {
        const client = clientFor(second, region);
        expect((await client.send(new kms.ListKeysCommand({}))).Keys?.map((k) => k.KeyId)).toEqual([
          keyId,
        ]);
        const opened = await client.send(new kms.DecryptCommand({ CiphertextBlob: blob }));
        expect(opened.KeyId).toBe(`arn:aws:kms:${region}:111122223333:key/${keyId}`);
        expect(opened.Plaintext).toEqual(plaintext);
        expect(
          (await client.send(new kms.DescribeKeyCommand({ KeyId: 'alias/app' }))).KeyMetadata
            ?.KeyId,
        ).toBe(keyId);
      }
      expect((await clientFor(second, 'us-east-1').send(new kms.ListKeysCommand({}))).Keys).toEqual(
        [],
      );
      const health = (await (await fetch(`${second.url}/_kms/health`)).json()) as {
        regions: string[];
        store: string;
      };
      expect(health).toMatchObject({ store: 'data-dir', keys: 2 });
      expect(health.regions.sort()).toEqual(['ap-southeast-2', 'eu-west-1']);
    } finally {
      await second.close();
    }
  });

  it.each([
    [
      'YAML',
      'seed.yaml',
      `keys:
  - id: ${KEY_EU}
    region: eu-west-1
    material: ${MATERIAL}
  - id: ${KEY_US}
aliases:
  - name: alias/app
    targetKeyId: ${KEY_EU}
  - name: alias/app
    targetKeyId: ${KEY_US}
`,
    ],
    [
      'JSON',
      'seed.json',
      JSON.stringify({
        keys: [{ id: KEY_EU, region: 'eu-west-1', material: MATERIAL }, { id: KEY_US }],
        aliases: [
          { name: 'alias/app', targetKeyId: KEY_EU },
          { name: 'alias/app', targetKeyId: KEY_US },
        ],
      }),
    ],
  ])('seeds each key in its Region from %s, its aliases beside it', async (_kind, name, text) => {
    const file = join(dir, name);
    await writeFile(file, text);
    const server = await startMockServer({ seed: file, dataDir: join(dir, 'data') });
    try {
      const eu = clientFor(server, 'eu-west-1');
      const us = clientFor(server, 'us-east-1');
      expect(
        (await eu.send(new kms.DescribeKeyCommand({ KeyId: 'alias/app' }))).KeyMetadata?.Arn,
      ).toBe(`arn:aws:kms:eu-west-1:111122223333:key/${KEY_EU}`);
      expect(
        (await us.send(new kms.DescribeKeyCommand({ KeyId: 'alias/app' }))).KeyMetadata?.KeyId,
      ).toBe(KEY_US);
      expect(await refusal(us.send(new kms.DescribeKeyCommand({ KeyId: KEY_EU })))).toMatchObject({
        name: 'NotFoundException',
      });
    } finally {
      await server.close();
    }
    // Seeding again over the kept keys finds them in their Regions.
    const again = await startMockServer({ seed: file, dataDir: join(dir, 'data') });
    try {
      expect(
        (await clientFor(again, 'eu-west-1').send(new kms.ListKeysCommand({}))).Keys?.map(
          (k) => k.KeyId,
        ),
      ).toEqual([KEY_EU]);
    } finally {
      await again.close();
    }
  });
});
