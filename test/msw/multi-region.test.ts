import { describe, expect, it } from 'vitest';
import { createKmsClient } from '../../src/client/index.js';
import { multiRegionScenarios } from '../mock-server/multi-region-scenarios.js';
import { sdkClientsAtMsw } from './msw-clients.js';

const clientIn = sdkClientsAtMsw();

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
