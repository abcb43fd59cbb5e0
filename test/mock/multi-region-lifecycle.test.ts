// Multi-Region keys over time, in the engine where the clock can move: a primary scheduled for
// deletion waits for its replicas (PendingReplicaDeletion) and starts its own waiting period when
// the last one is deleted (model: ScheduleKeyDeletion, KeyMetadata.PendingDeletionWindowInDays);
// rotation, automatic or on demand, is the primary's and reaches every replica (AWS Developer
// Guide, "Managing multi-Region keys"; the model's EnableKeyRotation and RotateKeyOnDemand).
import { describe, expect, it } from 'vitest';
import { createKmsEngine, type KmsEngine } from '../../src/mock/index.js';
import { failure } from './helpers.js';

const DAY = 86_400;
const T0 = 1_700_000_000;
const US = 'us-east-1';
const EU = 'eu-west-1';
const AP = 'ap-southeast-1';
const arnIn = (region: string, keyId: string) => `arn:aws:kms:${region}:111122223333:key/${keyId}`;

function clock() {
  let now = T0;
  return { now: () => now, travel: (seconds: number) => void (now += seconds) };
}

/** A multi-Region primary in us-east-1 with a replica in each Region named. */
async function primaryWithReplicas(kms: KmsEngine, ...regions: string[]): Promise<string> {
  const { KeyMetadata } = await kms.call('CreateKey', { MultiRegion: true }, US);
  const keyId = KeyMetadata?.KeyId ?? '';
  for (const region of regions) {
    await kms.call('ReplicateKey', { KeyId: keyId, ReplicaRegion: region }, US);
  }
  return keyId;
}

const describeIn = async (kms: KmsEngine, region: string, KeyId: string) =>
  (await kms.call('DescribeKey', { KeyId }, region)).KeyMetadata;

describe('deleting a multi-Region primary key that has replicas', () => {
  it('waits as PendingReplicaDeletion: no DeletionDate, its window kept, unusable, not replicable', async () => {
    const kms = createKmsEngine({ now: clock().now });
    const KeyId = await primaryWithReplicas(kms, EU);
    const reply = await kms.call('ScheduleKeyDeletion', { KeyId, PendingWindowInDays: 9 }, US);
    expect(reply).toEqual({
      KeyId: arnIn(US, KeyId),
      KeyState: 'PendingReplicaDeletion',
      PendingWindowInDays: 9,
    });
    const metadata = await describeIn(kms, US, KeyId);
    expect(metadata).toMatchObject({
      KeyState: 'PendingReplicaDeletion',
      Enabled: false,
      PendingDeletionWindowInDays: 9,
    });
    expect(metadata?.DeletionDate).toBeUndefined();
    // "cannot be replicated or used in cryptographic operations" (model: ScheduleKeyDeletion).
    for (const refused of [
      kms.call('Encrypt', { KeyId, Plaintext: 'AQ==' }, US),
      kms.call('GenerateDataKey', { KeyId, KeySpec: 'AES_256' }, US),
    ]) {
      expect(await failure(refused)).toEqual({
        type: 'KMSInvalidStateException',
        message: `${arnIn(US, KeyId)} is pending deletion.`,
      });
    }
    expect(await failure(kms.call('ReplicateKey', { KeyId, ReplicaRegion: AP }, US))).toMatchObject(
      { type: 'KMSInvalidStateException' },
    );
    expect(await failure(kms.call('ScheduleKeyDeletion', { KeyId }, US))).toMatchObject({
      type: 'KMSInvalidStateException',
    });
    // The replica is untouched and still works.
    expect((await describeIn(kms, EU, KeyId))?.KeyState).toBe('Enabled');
    expect((await kms.call('Encrypt', { KeyId, Plaintext: 'AQ==' }, EU)).KeyId).toBe(
      arnIn(EU, KeyId),
    );
  });

  it('starts its waiting period when its last replica is deleted, counted from that deletion', async () => {
    const time = clock();
    const kms = createKmsEngine({ now: time.now });
    const KeyId = await primaryWithReplicas(kms, EU, AP);
    await kms.call('ScheduleKeyDeletion', { KeyId, PendingWindowInDays: 10 }, US);
    const eu = await kms.call('ScheduleKeyDeletion', { KeyId, PendingWindowInDays: 7 }, EU);
    expect(eu).toMatchObject({ KeyState: 'PendingDeletion', DeletionDate: T0 + 7 * DAY });
    const ap = await kms.call('ScheduleKeyDeletion', { KeyId, PendingWindowInDays: 8 }, AP);
    expect(ap.DeletionDate).toBe(T0 + 8 * DAY);

    // One replica gone: the primary still waits, and lists only the replica left.
    time.travel(7 * DAY);
    expect(await failure(kms.call('DescribeKey', { KeyId }, EU))).toMatchObject({
      type: 'NotFoundException',
    });
    const waiting = await describeIn(kms, US, KeyId);
    expect(waiting).toMatchObject({
      KeyState: 'PendingReplicaDeletion',
      MultiRegionConfiguration: { ReplicaKeys: [{ Region: AP, Arn: arnIn(AP, KeyId) }] },
    });

    // The last replica gone (asked in the primary's Region: every Region is swept): the primary's
    // 10 days start at the replica's deletion date.
    time.travel(DAY);
    const pending = await describeIn(kms, US, KeyId);
    expect(pending).toMatchObject({
      KeyState: 'PendingDeletion',
      DeletionDate: T0 + 8 * DAY + 10 * DAY,
      MultiRegionConfiguration: { ReplicaKeys: [] },
    });
    expect(pending?.PendingDeletionWindowInDays).toBeUndefined();

    time.travel(10 * DAY - 1);
    expect((await describeIn(kms, US, KeyId))?.KeyState).toBe('PendingDeletion');
    time.travel(1);
    expect(await failure(kms.call('DescribeKey', { KeyId }, US))).toMatchObject({
      type: 'NotFoundException',
    });
  });

  it('moves the primary on even when only the replica Region is asked after the date', async () => {
    const time = clock();
    const kms = createKmsEngine({ now: time.now });
    const KeyId = await primaryWithReplicas(kms, EU);
    await kms.call('ScheduleKeyDeletion', { KeyId, PendingWindowInDays: 7 }, US);
    await kms.call('ScheduleKeyDeletion', { KeyId, PendingWindowInDays: 7 }, EU);
    time.travel(7 * DAY);
    expect((await kms.call('ListKeys', {}, EU)).Keys).toEqual([]);
    expect((await describeIn(kms, US, KeyId))?.DeletionDate).toBe(T0 + 14 * DAY);
  });

  it('is cancelled back to Disabled, and deletes at once when it has no replicas', async () => {
    const kms = createKmsEngine({ now: clock().now });
    const KeyId = await primaryWithReplicas(kms, EU);
    await kms.call('ScheduleKeyDeletion', { KeyId }, US);
    expect(await kms.call('CancelKeyDeletion', { KeyId }, US)).toEqual({ KeyId: arnIn(US, KeyId) });
    const cancelled = await describeIn(kms, US, KeyId);
    expect(cancelled).toMatchObject({ KeyState: 'Disabled', Enabled: false });
    expect(cancelled?.PendingDeletionWindowInDays).toBeUndefined();

    const alone = await primaryWithReplicas(kms);
    expect(await kms.call('ScheduleKeyDeletion', { KeyId: alone }, US)).toMatchObject({
      KeyState: 'PendingDeletion',
      DeletionDate: T0 + 30 * DAY,
      PendingWindowInDays: 30,
    });
  });
});

describe('rotating a multi-Region key', () => {
  const current = async (kms: KmsEngine, region: string, KeyId: string) =>
    (await describeIn(kms, region, KeyId))?.CurrentKeyMaterialId;

  it('on demand on the primary gives every replica the new material; old and new ciphertexts open in both Regions', async () => {
    const kms = createKmsEngine();
    const KeyId = await primaryWithReplicas(kms, EU);
    const before = await kms.call('Encrypt', { KeyId, Plaintext: 'b2xk' }, EU);
    const first = await current(kms, US, KeyId);

    await kms.call('RotateKeyOnDemand', { KeyId }, US);
    const rotated = await current(kms, US, KeyId);
    expect(rotated).not.toBe(first);
    expect(await current(kms, EU, KeyId)).toBe(rotated);
    expect((await kms.call('ListKeyRotations', { KeyId }, EU)).Rotations).toEqual(
      (await kms.call('ListKeyRotations', { KeyId }, US)).Rotations,
    );

    const inEu = await kms.call('Encrypt', { KeyId, Plaintext: 'bmV3' }, EU);
    const inUs = await kms.call('Encrypt', { KeyId, Plaintext: 'dXM=' }, US);
    expect(await kms.call('Decrypt', { CiphertextBlob: inEu.CiphertextBlob }, US)).toMatchObject({
      Plaintext: 'bmV3',
      KeyMaterialId: rotated,
    });
    expect((await kms.call('Decrypt', { CiphertextBlob: inUs.CiphertextBlob }, EU)).Plaintext).toBe(
      'dXM=',
    );
    for (const region of [US, EU]) {
      const opened = await kms.call('Decrypt', { CiphertextBlob: before.CiphertextBlob }, region);
      expect(opened).toMatchObject({ Plaintext: 'b2xk', KeyMaterialId: first });
    }
  });

  it('automatically on the primary schedule: the replica reports it and gets each new material', async () => {
    const time = clock();
    const kms = createKmsEngine({ now: time.now });
    const KeyId = await primaryWithReplicas(kms, EU);
    await kms.call('EnableKeyRotation', { KeyId, RotationPeriodInDays: 90 }, US);
    expect(await kms.call('GetKeyRotationStatus', { KeyId }, EU)).toMatchObject({
      KeyRotationEnabled: true,
      RotationPeriodInDays: 90,
      NextRotationDate: T0 + 90 * DAY,
    });
    const first = await current(kms, EU, KeyId);
    // Asked in the replica's Region only: the primary's rotation is made and shared.
    time.travel(90 * DAY);
    const rotated = await current(kms, EU, KeyId);
    expect(rotated).not.toBe(first);
    expect(await current(kms, US, KeyId)).toBe(rotated);
    expect((await kms.call('ListKeyRotations', { KeyId }, EU)).Rotations).toEqual([
      expect.objectContaining({ KeyMaterialId: rotated, RotationType: 'AUTOMATIC' }),
    ]);
    expect(await kms.call('GetKeyRotationStatus', { KeyId }, EU)).toMatchObject({
      NextRotationDate: T0 + 180 * DAY,
    });

    await kms.call('DisableKeyRotation', { KeyId }, US);
    expect((await kms.call('GetKeyRotationStatus', { KeyId }, EU)).KeyRotationEnabled).toBe(false);
    time.travel(365 * DAY);
    expect(await current(kms, EU, KeyId)).toBe(rotated);
  });

  it('is refused on a replica: rotation is set and run on the primary', async () => {
    const kms = createKmsEngine();
    const KeyId = await primaryWithReplicas(kms, EU);
    const refusal = {
      type: 'UnsupportedOperationException',
      message: `${arnIn(EU, KeyId)} is not a multi-region primary key.`,
    };
    expect(await failure(kms.call('RotateKeyOnDemand', { KeyId }, EU))).toEqual(refusal);
    expect(await failure(kms.call('EnableKeyRotation', { KeyId }, EU))).toEqual(refusal);
    expect(await failure(kms.call('DisableKeyRotation', { KeyId }, EU))).toEqual(refusal);
  });

  it('after UpdatePrimaryRegion the new primary rotates and the old one follows', async () => {
    const time = clock();
    const kms = createKmsEngine({ now: time.now });
    const KeyId = await primaryWithReplicas(kms, EU);
    await kms.call('EnableKeyRotation', { KeyId, RotationPeriodInDays: 90 }, US);
    await kms.call('UpdatePrimaryRegion', { KeyId, PrimaryRegion: EU }, US);
    expect(await failure(kms.call('RotateKeyOnDemand', { KeyId }, US))).toMatchObject({
      type: 'UnsupportedOperationException',
    });
    const first = await current(kms, US, KeyId);
    time.travel(90 * DAY);
    const rotated = await current(kms, US, KeyId);
    expect(rotated).not.toBe(first);
    expect(await current(kms, EU, KeyId)).toBe(rotated);
  });
});
