// Keys are regional, as in KMS (recorded: `TestKMS::test_get_key_in_different_region`): each
// request is served in one Region and sees that Region's keys, aliases and AWS managed keys only.
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/keystore/index.js';
import { createKmsEngine } from '../../src/mock/index.js';
import { failure, newKey } from './helpers.js';

const EU = 'eu-west-1';
const US = 'us-east-1';

describe('a key belongs to its Region', () => {
  it('is listed, described and used in its Region only, with ARNs naming that Region', async () => {
    const kms = createKmsEngine();
    const { KeyMetadata } = await kms.call('CreateKey', {}, EU);
    const keyId = KeyMetadata?.KeyId ?? '';
    expect(KeyMetadata?.Arn).toBe(`arn:aws:kms:${EU}:111122223333:key/${keyId}`);

    expect((await kms.call('ListKeys', {}, EU)).Keys).toEqual([
      { KeyId: keyId, KeyArn: KeyMetadata?.Arn },
    ]);
    expect((await kms.call('ListKeys', {}, US)).Keys).toEqual([]);
    expect((await kms.call('ListKeys', {})).Keys).toEqual([]);

    // By its bare id from another Region: the recorded NotFoundException, naming the ARN the
    // key would have in the Region asked (describe-key-diff-region-with-id).
    expect(await failure(kms.call('DescribeKey', { KeyId: keyId }, US))).toEqual({
      type: 'NotFoundException',
      message: `Key 'arn:aws:kms:${US}:111122223333:key/${keyId}' does not exist`,
    });
    // By its ARN from another Region: Invalid arn <region> (describe-key-diff-region-with-arn).
    expect(await failure(kms.call('DescribeKey', { KeyId: KeyMetadata?.Arn ?? '' }, US))).toEqual({
      type: 'NotFoundException',
      message: `Invalid arn ${EU}`,
    });
    expect(
      await failure(kms.call('GenerateDataKey', { KeyId: keyId, KeySpec: 'AES_256' }, US)),
    ).toMatchObject({ type: 'NotFoundException' });

    const made = await kms.call('GenerateDataKey', { KeyId: keyId, KeySpec: 'AES_256' }, EU);
    expect(made.KeyId).toBe(KeyMetadata?.Arn);
    expect((await kms.call('Decrypt', { CiphertextBlob: made.CiphertextBlob }, EU)).KeyId).toBe(
      KeyMetadata?.Arn,
    );
    // The blob names a key the other Region does not have.
    expect(await failure(kms.call('Decrypt', { CiphertextBlob: made.CiphertextBlob }, US))).toEqual(
      {
        type: 'AccessDeniedException',
        message:
          'The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.',
      },
    );
  });

  it('gives the same alias name to a different key in each Region', async () => {
    const kms = createKmsEngine();
    const eu = (await kms.call('CreateKey', {}, EU)).KeyMetadata?.KeyId ?? '';
    const us = (await kms.call('CreateKey', {}, US)).KeyMetadata?.KeyId ?? '';
    await kms.call('CreateAlias', { AliasName: 'alias/app', TargetKeyId: eu }, EU);
    await kms.call('CreateAlias', { AliasName: 'alias/app', TargetKeyId: us }, US);
    expect((await kms.call('DescribeKey', { KeyId: 'alias/app' }, EU)).KeyMetadata?.KeyId).toBe(eu);
    expect((await kms.call('DescribeKey', { KeyId: 'alias/app' }, US)).KeyMetadata?.KeyId).toBe(us);
    const euAliases = (await kms.call('ListAliases', {}, EU)).Aliases ?? [];
    expect(euAliases.find((a) => a.AliasName === 'alias/app')).toMatchObject({
      AliasArn: `arn:aws:kms:${EU}:111122223333:alias/app`,
      TargetKeyId: eu,
    });
    // An alias cannot point at another Region's key: that key does not exist here.
    expect(
      await failure(kms.call('CreateAlias', { AliasName: 'alias/cross', TargetKeyId: eu }, US)),
    ).toMatchObject({ type: 'NotFoundException' });
    await kms.call('DeleteAlias', { AliasName: 'alias/app' }, US);
    expect((await kms.call('DescribeKey', { KeyId: 'alias/app' }, EU)).KeyMetadata?.KeyId).toBe(eu);
  });

  it('makes one AWS managed key per Region', async () => {
    const kms = createKmsEngine();
    const eu = (await kms.call('DescribeKey', { KeyId: 'alias/aws/s3' }, EU)).KeyMetadata;
    const us = (await kms.call('DescribeKey', { KeyId: 'alias/aws/s3' }, US)).KeyMetadata;
    expect(eu?.KeyId).not.toBe(us?.KeyId);
    expect(eu?.Arn).toContain(`:kms:${EU}:`);
    expect(us?.Arn).toContain(`:kms:${US}:`);
    expect((await kms.call('ListKeys', {}, EU)).Keys).toHaveLength(1);
  });

  it('keeps the mrk- id of a multi-Region key, in its Region', async () => {
    const kms = createKmsEngine({ region: EU });
    const key = await newKey(kms, { MultiRegion: true });
    expect(key.KeyId).toMatch(/^mrk-[0-9a-f]{32}$/);
    expect(key.Arn).toBe(`arn:aws:kms:${EU}:111122223333:key/${key.KeyId}`);
    expect(key.MultiRegionConfiguration?.PrimaryKey).toEqual({ Arn: key.Arn, Region: EU });
    expect(await failure(kms.call('DescribeKey', { KeyId: key.KeyId }, US))).toMatchObject({
      type: 'NotFoundException',
    });
  });

  it('deletes keys whose date has passed in each Region', async () => {
    let now = 1_700_000_000;
    const kms = createKmsEngine({ now: () => now });
    const eu = (await kms.call('CreateKey', {}, EU)).KeyMetadata?.KeyId ?? '';
    const us = (await kms.call('CreateKey', {}, US)).KeyMetadata?.KeyId ?? '';
    await kms.call('CreateAlias', { AliasName: 'alias/gone', TargetKeyId: eu }, EU);
    await kms.call('ScheduleKeyDeletion', { KeyId: eu, PendingWindowInDays: 7 }, EU);
    await kms.call('ScheduleKeyDeletion', { KeyId: us, PendingWindowInDays: 30 }, US);
    now += 8 * 86_400;
    expect((await kms.call('ListKeys', {}, EU)).Keys).toEqual([]);
    expect(await kms.stores.region(EU).getAlias('alias/gone')).toBeUndefined();
    expect((await kms.call('ListKeys', {}, US)).Keys).toHaveLength(1);
  });

  it('uses a single store for its default Region, and keeps other Regions beside it', async () => {
    const store = createMemoryStore();
    const kms = createKmsEngine({ store, region: EU });
    await kms.call('CreateKey', {});
    await kms.call('CreateKey', {}, US);
    expect(await store.listKeys()).toHaveLength(1);
    expect(kms.store).toBe(store);
    expect((await kms.stores.regions()).sort()).toEqual([EU, US]);
  });

  it('refuses a Region that is not a Region name as a programming error', async () => {
    const kms = createKmsEngine();
    await expect(kms.call('ListKeys', {}, 'Not/A-Region')).rejects.toBeInstanceOf(TypeError);
    expect(() => createKmsEngine({ region: 'moon' })).toThrow(TypeError);
  });
});
