// Grants live on the key record, so --data-dir keeps them, and a token issued before a restart
// still verifies after it (it is signed with the grant's own key, kept with the grant).
import * as kms from '@aws-sdk/client-kms';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../src/server/start-mock-server.js';

const clientFor = (server: MockServer) =>
  new kms.KMSClient({
    region: 'us-east-1',
    endpoint: server.url,
    credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test-secret' },
    maxAttempts: 1,
  });

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kms-contract-grants-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('grants with --data-dir', () => {
  it('keeps grants and their tokens across a restart; a revoke is kept too', async () => {
    let server = await startMockServer({ dataDir: dir });
    let client = clientFor(server);
    const KeyId = (await client.send(new kms.CreateKeyCommand({}))).KeyMetadata?.KeyId;
    const grant = (Operations: kms.GrantOperation[]) =>
      client.send(
        new kms.CreateGrantCommand({
          KeyId,
          GranteePrincipal: 'arn:aws:iam::111122223333:role/App',
          Operations,
        }),
      );
    const kept = await grant(['GenerateDataKey']);
    const revoked = await grant(['Decrypt']);
    const before = (await client.send(new kms.ListGrantsCommand({ KeyId }))).Grants;
    client.destroy();
    await server.close();

    server = await startMockServer({ dataDir: dir });
    client = clientFor(server);
    expect((await client.send(new kms.ListGrantsCommand({ KeyId }))).Grants).toEqual(before);
    await client.send(
      new kms.GenerateDataKeyCommand({
        KeyId,
        KeySpec: 'AES_256',
        GrantTokens: [kept.GrantToken!],
      }),
    );
    await client.send(new kms.RevokeGrantCommand({ KeyId, GrantId: revoked.GrantId }));
    client.destroy();
    await server.close();

    server = await startMockServer({ dataDir: dir });
    client = clientFor(server);
    const after = (await client.send(new kms.ListGrantsCommand({ KeyId }))).Grants ?? [];
    expect(after.map((g) => g.GrantId)).toEqual([kept.GrantId]);
    await expect(
      client.send(
        new kms.EncryptCommand({
          KeyId,
          Plaintext: new Uint8Array(1),
          GrantTokens: [revoked.GrantToken!],
        }),
      ),
    ).rejects.toMatchObject({ name: 'InvalidGrantTokenException' });
    client.destroy();
    await server.close();
  });
});
