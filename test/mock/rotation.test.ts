// Rotation in the engine, where the clock can move: automatic rotations come due and are dated at
// their schedule, a disabled key waits, on-demand rotation close to a scheduled one conflicts,
// AWS managed keys always rotate, and keys with imported material rotate to the material imported
// for rotation (records made here as ImportKeyMaterial would leave them).
import { describe, expect, it } from 'vitest';
import { materialIdOf } from '../../src/crypto/random.js';
import { createMemoryStore } from '../../src/keystore/index.js';
import type { KeyMaterialVersion, KeyRecord } from '../../src/keystore/index.js';
import { createKmsEngine } from '../../src/mock/index.js';
import { failure, newKey } from './helpers.js';

const DAY = 86_400;
const T0 = 1_700_000_000;

function clock() {
  let now = T0;
  return { now: () => now, travel: (seconds: number) => void (now += seconds) };
}

describe('automatic rotation', () => {
  it('rotates when the period has passed, dated at the schedule, and catches up missed dates', async () => {
    const time = clock();
    const kms = createKmsEngine({ now: time.now });
    const { KeyId } = await newKey(kms);
    const first = (await kms.call('DescribeKey', { KeyId })).KeyMetadata?.CurrentKeyMaterialId;
    await kms.call('EnableKeyRotation', { KeyId, RotationPeriodInDays: 90 });
    expect(await kms.call('GetKeyRotationStatus', { KeyId })).toMatchObject({
      NextRotationDate: T0 + 90 * DAY,
    });

    time.travel(90 * DAY - 1);
    expect((await kms.call('ListKeyRotations', { KeyId })).Rotations).toEqual([]);
    time.travel(2);
    const once = await kms.call('ListKeyRotations', { KeyId });
    expect(once.Rotations).toEqual([
      expect.objectContaining({ RotationDate: T0 + 90 * DAY, RotationType: 'AUTOMATIC' }),
    ]);
    const second = (await kms.call('DescribeKey', { KeyId })).KeyMetadata?.CurrentKeyMaterialId;
    expect(second).not.toBe(first);
    expect(second).toBe(once.Rotations?.[0]?.KeyMaterialId);
    expect((await kms.call('GetKeyRotationStatus', { KeyId })).NextRotationDate).toBe(
      T0 + 180 * DAY,
    );

    time.travel(300 * DAY);
    const dates = (await kms.call('ListKeyRotations', { KeyId })).Rotations?.map(
      (r) => r.RotationDate,
    );
    expect(dates).toEqual([90, 180, 270, 360].map((d) => T0 + d * DAY));
  });

  it('waits while the key is disabled and resumes when it is enabled again', async () => {
    const time = clock();
    const kms = createKmsEngine({ now: time.now });
    const { KeyId } = await newKey(kms);
    await kms.call('EnableKeyRotation', { KeyId, RotationPeriodInDays: 90 });
    await kms.call('DisableKey', { KeyId });
    time.travel(100 * DAY);
    expect((await kms.call('ListKeyRotations', { KeyId })).Rotations).toEqual([]);
    await kms.call('EnableKey', { KeyId });
    expect((await kms.call('ListKeyRotations', { KeyId })).Rotations).toHaveLength(1);
  });

  it('refuses an on-demand rotation within 20 minutes of a scheduled one (ConflictException)', async () => {
    const time = clock();
    const kms = createKmsEngine({ now: time.now });
    const { KeyId } = await newKey(kms);
    await kms.call('EnableKeyRotation', { KeyId, RotationPeriodInDays: 90 });
    time.travel(90 * DAY - 20 * 60);
    expect((await failure(kms.call('RotateKeyOnDemand', { KeyId }))).type).toBe(
      'ConflictException',
    );
    time.travel(-1);
    await kms.call('RotateKeyOnDemand', { KeyId });
  });

  it('AWS managed keys rotate every year and refuse every change of it', async () => {
    const time = clock();
    const kms = createKmsEngine({ now: time.now });
    await kms.call('GenerateDataKey', { KeyId: 'alias/aws/s3', KeySpec: 'AES_256' });
    const managed = (await kms.call('DescribeKey', { KeyId: 'alias/aws/s3' })).KeyMetadata;
    const KeyId = managed?.KeyId ?? '';
    expect(await kms.call('GetKeyRotationStatus', { KeyId })).toMatchObject({
      KeyRotationEnabled: true,
      RotationPeriodInDays: 365,
      NextRotationDate: T0 + 365 * DAY,
    });
    for (const op of ['EnableKeyRotation', 'DisableKeyRotation', 'RotateKeyOnDemand'] as const) {
      expect((await failure(kms.call(op, { KeyId }))).type).toBe('AccessDeniedException');
    }
    time.travel(365 * DAY);
    expect((await kms.call('ListKeyRotations', { KeyId })).Rotations).toEqual([
      expect.objectContaining({ RotationType: 'AUTOMATIC', RotationDate: T0 + 365 * DAY }),
    ]);
  });
});

describe('keys with imported key material', () => {
  const bytes = (n: number) => new Uint8Array(32).fill(n);
  async function imported(
    n: number,
    extra: Partial<KeyMaterialVersion> & Pick<KeyMaterialVersion, 'state'>,
  ): Promise<KeyMaterialVersion> {
    return {
      materialId: await materialIdOf(bytes(n)),
      material: bytes(n),
      expirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE' as const,
      ...extra,
    };
  }

  /** An EXTERNAL key as ImportKeyMaterial leaves it, put straight into the engine's store. */
  async function externalKey(materials: KeyMaterialVersion[], multiRegion = false) {
    const store = createMemoryStore();
    const kms = createKmsEngine({ store });
    const { KeyId, Arn } = await newKey(kms, { Origin: 'EXTERNAL', MultiRegion: multiRegion });
    const record = (await store.getKey(KeyId)) as KeyRecord;
    await store.putKey({ ...record, keyState: 'Enabled', materials });
    return { kms, KeyId, Arn };
  }

  it('without material pending rotation, RotateKeyOnDemand is refused (recorded: TestKMS::test_rotate_key_on_demand_raises_for_no_pending_key_material)', async () => {
    const { kms, KeyId, Arn } = await externalKey([await imported(1, { state: 'CURRENT' })]);
    expect(await failure(kms.call('RotateKeyOnDemand', { KeyId }))).toEqual({
      type: 'KMSInvalidStateException',
      message: `No available key material pending rotation for the key: ${Arn}.`,
    });
  });

  it('rotates to the material pending rotation; what the old one sealed still opens', async () => {
    const first = await imported(1, { state: 'CURRENT' });
    const next = await imported(2, { state: 'PENDING_ROTATION', description: 'second one' });
    const { kms, KeyId } = await externalKey([first, next]);
    const sealed = await kms.call('Encrypt', { KeyId, Plaintext: 'aGk=' });
    const pending = await kms.call('ListKeyRotations', {
      KeyId,
      IncludeKeyMaterial: 'ALL_KEY_MATERIAL',
    });
    expect(pending.Rotations).toEqual([
      {
        KeyId,
        KeyMaterialId: first.materialId,
        ImportState: 'IMPORTED',
        KeyMaterialState: 'CURRENT',
        ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
      },
      {
        KeyId,
        KeyMaterialId: next.materialId,
        KeyMaterialDescription: 'second one',
        ImportState: 'IMPORTED',
        KeyMaterialState: 'PENDING_ROTATION',
        ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
      },
    ]);
    expect((await kms.call('ListKeyRotations', { KeyId })).Rotations).toEqual([]);

    await kms.call('RotateKeyOnDemand', { KeyId });
    expect((await kms.call('DescribeKey', { KeyId })).KeyMetadata?.CurrentKeyMaterialId).toBe(
      next.materialId,
    );
    const opened = await kms.call('Decrypt', { CiphertextBlob: sealed.CiphertextBlob });
    expect(opened).toMatchObject({ Plaintext: 'aGk=', KeyMaterialId: first.materialId });
    const fresh = await kms.call('Encrypt', { KeyId, Plaintext: 'aGk=' });
    expect(
      (await kms.call('Decrypt', { CiphertextBlob: fresh.CiphertextBlob })).KeyMaterialId,
    ).toBe(next.materialId);
    expect((await kms.call('ListKeyRotations', { KeyId })).Rotations).toEqual([
      expect.objectContaining({ KeyMaterialId: next.materialId, RotationType: 'ON_DEMAND' }),
    ]);
  });

  it('cannot rotate automatically; a multi-Region primary without replicas rotates on demand', async () => {
    const { kms, KeyId, Arn } = await externalKey([await imported(1, { state: 'CURRENT' })]);
    expect(await failure(kms.call('EnableKeyRotation', { KeyId }))).toEqual({
      type: 'UnsupportedOperationException',
      message: `${Arn} origin is EXTERNAL which is not valid for this operation.`,
    });
    expect((await kms.call('GetKeyRotationStatus', { KeyId })).KeyRotationEnabled).toBe(false);
    const multi = await externalKey(
      [await imported(1, { state: 'CURRENT' }), await imported(2, { state: 'PENDING_ROTATION' })],
      true,
    );
    await multi.kms.call('RotateKeyOnDemand', { KeyId: multi.KeyId });
    expect(
      (await multi.kms.call('DescribeKey', { KeyId: multi.KeyId })).KeyMetadata
        ?.CurrentKeyMaterialId,
    ).toBe(await materialIdOf(bytes(2)));
  });
});
