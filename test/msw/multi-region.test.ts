import * as kms from '@aws-sdk/client-kms';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKmsClient } from '../../src/client/index.js';
import { createKmsMock } from '../../src/msw/index.js';
import { multiRegionScenarios } from '../mock-server/multi-region-scenarios.js';

const server = setupServer(...createKmsMock({ logger: { error: () => undefined } }).handlers);
const clients = new Map<string, kms.KMSClient>();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => {
  for (const client of clients.values()) client.destroy();
  server.close();
});

/** One client per Region, each at its regional endpoint `kms.<region>.amazonaws.com`. */
function clientIn(region: string): kms.KMSClient {
  let client = clients.get(region);
  if (!client) {
    client = new kms.KMSClient({
      region,
      credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
      maxAttempts: 1,
    });
    clients.set(region, client);
  }
  return client;
}

describe('multi-Region keys through the AWS SDK against MSW', () => {
  multiRegionScenarios(clientIn);
});

describe('multi-Region keys through the typed client against MSW', () => {
  it('replicates, moves the primary and decrypts across Regions', async () => {
    const credentials = { accessKeyId: 'a', secretAccessKey: 'b' };
    const us = createKmsClient({ region: 'us-east-1', credentials });
    const eu = createKmsClient({ region: 'eu-west-1', credentials });
    const { KeyMetadata } = await us.createKey({ MultiRegion: true });
    const KeyId = KeyMetadata?.KeyId ?? '';
    const { ReplicaKeyMetadata } = await us.replicateKey({ KeyId, ReplicaRegion: 'eu-west-1' });
    expect(ReplicaKeyMetadata?.Arn).toBe(`arn:aws:kms:eu-west-1:111122223333:key/${KeyId}`);
    await us.updatePrimaryRegion({ KeyId, PrimaryRegion: 'eu-west-1' });
    const sealed = await eu.encrypt({ KeyId, Plaintext: new Uint8Array([7]) });
    const opened = await us.decrypt({ CiphertextBlob: sealed.CiphertextBlob ?? new Uint8Array() });
    expect(opened.Plaintext).toEqual(new Uint8Array([7]));
    const described = await us.describeKey({ KeyId });
    expect(described.KeyMetadata?.MultiRegionConfiguration?.MultiRegionKeyType).toBe('REPLICA');
  });
});
