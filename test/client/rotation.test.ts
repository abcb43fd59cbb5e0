// The typed client's rotation methods against the mock over real HTTP: typed inputs and outputs,
// dates as epoch seconds, refusals as the shared error classes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createKmsClient,
  DisabledException,
  LimitExceededException,
  UnsupportedOperationException,
  ValidationException,
  type KmsClient,
} from '../../src/client/index.js';
import { startMockServer, type MockServer } from '../../src/server/start-mock-server.js';

let server: MockServer;
let kms: KmsClient;
beforeAll(async () => {
  server = await startMockServer({ region: 'eu-west-1' });
  kms = createKmsClient({
    region: 'eu-west-1',
    endpoint: server.url,
    credentials: { accessKeyId: 'AKIDROTATION', secretAccessKey: 'secret' },
  });
});
afterAll(async () => {
  await server.close();
});

describe('the typed client and key rotation', () => {
  it('enables, reads, rotates and lists', async () => {
    const key = (await kms.createKey({})).KeyMetadata;
    const KeyId = key?.KeyId ?? '';
    await kms.enableKeyRotation({ KeyId, RotationPeriodInDays: 2560 });
    const status = await kms.getKeyRotationStatus({ KeyId });
    expect(status).toMatchObject({ KeyId: key?.Arn, KeyRotationEnabled: true });
    expect(status.RotationPeriodInDays).toBe(2560);
    expect(typeof status.NextRotationDate).toBe('number');
    const { CiphertextBlob } = await kms.encrypt({ KeyId, Plaintext: new Uint8Array([1, 2]) });
    expect((await kms.rotateKeyOnDemand({ KeyId })).KeyId).toBe(key?.Arn);
    const { Rotations, Truncated } = await kms.listKeyRotations({ KeyId, Limit: 10 });
    expect(Truncated).toBe(false);
    expect(Rotations?.map((r) => r.RotationType)).toEqual(['ON_DEMAND']);
    const opened = await kms.decrypt({ CiphertextBlob: CiphertextBlob! });
    expect(opened.KeyMaterialId).toBe(key?.CurrentKeyMaterialId);
    expect(opened.KeyMaterialId).not.toBe(Rotations?.[0]?.KeyMaterialId);
    await kms.disableKeyRotation({ KeyId });
    expect((await kms.getKeyRotationStatus({ KeyId })).KeyRotationEnabled).toBe(false);
  });

  it('throws the error classes of the table', async () => {
    const rsa = (await kms.createKey({ KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' })).KeyMetadata;
    await expect(kms.rotateKeyOnDemand({ KeyId: rsa?.KeyId ?? '' })).rejects.toBeInstanceOf(
      UnsupportedOperationException,
    );
    const KeyId = (await kms.createKey({})).KeyMetadata?.KeyId ?? '';
    await expect(kms.enableKeyRotation({ KeyId, RotationPeriodInDays: 30 })).rejects.toBeInstanceOf(
      ValidationException,
    );
    for (let i = 0; i < 25; i += 1) await kms.rotateKeyOnDemand({ KeyId });
    await expect(kms.rotateKeyOnDemand({ KeyId })).rejects.toBeInstanceOf(LimitExceededException);
    await kms.disableKey({ KeyId });
    await expect(kms.enableKeyRotation({ KeyId })).rejects.toBeInstanceOf(DisabledException);
  });
});
