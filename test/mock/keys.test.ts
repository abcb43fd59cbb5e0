import { describe, expect, it } from 'vitest';
import { createKmsEngine } from '../../src/mock/index.js';
import { failure, fixture, newKey } from './helpers.js';

describe('key identifiers (evidence `docs.key-id-forms`)', () => {
  it.each([
    ['a malformed id', 'not-a-key', "Invalid keyId 'not-a-key'"],
    [
      'an unknown key',
      '00000000-0000-4000-8000-000000000000',
      "Key 'arn:aws:kms:us-east-1:111122223333:key/00000000-0000-4000-8000-000000000000' does not exist",
    ],
    [
      'an unknown alias',
      'alias/nope',
      'Alias arn:aws:kms:us-east-1:111122223333:alias/nope is not found.',
    ],
    [
      'an ARN of another region',
      'arn:aws:kms:eu-west-1:111122223333:key/00000000-0000-4000-8000-000000000000',
      'Invalid arn eu-west-1',
    ],
  ])('%s → NotFoundException', async (_name, KeyId, message) => {
    const { kms } = await fixture();
    expect(await failure(kms.call('GenerateDataKey', { KeyId, KeySpec: 'AES_256' }))).toEqual({
      type: 'NotFoundException',
      message,
    });
  });

  it.each([
    ['cn-north-1', 'aws-cn'],
    ['us-gov-west-1', 'aws-us-gov'],
    ['ap-south-2', 'aws'],
  ])('ARNs in %s use partition %s', async (region, partition) => {
    const kms = createKmsEngine({ region, account: '444455556666' });
    const KeyMetadata = await newKey(kms, {});
    expect(KeyMetadata.Arn).toBe(
      `arn:${partition}:kms:${region}:444455556666:key/${KeyMetadata.KeyId}`,
    );
    expect(
      (await kms.call('GenerateDataKey', { KeyId: KeyMetadata.Arn ?? '', KeySpec: 'AES_256' }))
        .KeyId,
    ).toBe(KeyMetadata.Arn);
  });

  it('multi-Region keys have mrk- ids that round-trip', async () => {
    const kms = createKmsEngine();
    const KeyMetadata = await newKey(kms, { MultiRegion: true });
    expect(KeyMetadata.KeyId).toMatch(/^mrk-[0-9a-f]{32}$/);
    const made = await kms.call('GenerateDataKey', {
      KeyId: KeyMetadata.KeyId,
      KeySpec: 'AES_256',
    });
    expect((await kms.call('Decrypt', { CiphertextBlob: made.CiphertextBlob })).KeyId).toBe(
      KeyMetadata.Arn,
    );
  });
});

describe('key states (evidence `docs.schedule-key-deletion`, `docs.key-state-table`)', () => {
  it('Disabled → DisabledException; EnableKey restores; both idempotent', async () => {
    const { kms, keyId, arn } = await fixture();
    await kms.call('DisableKey', { KeyId: keyId });
    await kms.call('DisableKey', { KeyId: keyId });
    expect(
      await failure(kms.call('GenerateDataKey', { KeyId: keyId, KeySpec: 'AES_256' })),
    ).toEqual({ type: 'DisabledException', message: `${arn} is disabled.` });
    expect((await kms.call('DescribeKey', { KeyId: keyId })).KeyMetadata).toMatchObject({
      KeyState: 'Disabled',
      Enabled: false,
    });
    await kms.call('EnableKey', { KeyId: arn });
    expect((await kms.call('GenerateDataKey', { KeyId: keyId, KeySpec: 'AES_256' })).KeyId).toBe(
      arn,
    );
  });

  it('PendingDeletion → KMSInvalidStateException; CancelKeyDeletion leaves the key Disabled', async () => {
    const { kms, keyId, arn } = await fixture({ now: () => 1_700_000_000 });
    const scheduled = await kms.call('ScheduleKeyDeletion', {
      KeyId: keyId,
      PendingWindowInDays: 7,
    });
    expect(scheduled).toEqual({
      KeyId: arn,
      DeletionDate: 1_700_000_000 + 7 * 86_400,
      KeyState: 'PendingDeletion',
      PendingWindowInDays: 7,
    });
    expect(await failure(kms.call('Encrypt', { KeyId: keyId, Plaintext: 'AA==' }))).toEqual({
      type: 'KMSInvalidStateException',
      message: `${arn} is pending deletion.`,
    });
    expect((await failure(kms.call('EnableKey', { KeyId: keyId }))).type).toBe(
      'KMSInvalidStateException',
    );
    expect((await failure(kms.call('ScheduleKeyDeletion', { KeyId: keyId }))).type).toBe(
      'KMSInvalidStateException',
    );
    const pending = (await kms.call('DescribeKey', { KeyId: keyId })).KeyMetadata;
    expect(pending).toMatchObject({
      KeyState: 'PendingDeletion',
      Enabled: false,
      DeletionDate: 1_700_000_000 + 7 * 86_400,
    });
    expect(pending).not.toHaveProperty('PendingDeletionWindowInDays');
    expect(await kms.call('CancelKeyDeletion', { KeyId: keyId })).toEqual({ KeyId: arn });
    expect((await kms.call('DescribeKey', { KeyId: keyId })).KeyMetadata).toMatchObject({
      KeyState: 'Disabled',
      Enabled: false,
    });
    expect(await failure(kms.call('CancelKeyDeletion', { KeyId: keyId }))).toEqual({
      type: 'KMSInvalidStateException',
      message: `${arn} is not pending deletion.`,
    });
  });

  it('PendingWindowInDays outside 7..30 → ValidationException', async () => {
    const { kms, keyId } = await fixture();
    for (const days of [6, 31])
      expect(
        (
          await failure(
            kms.call('ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: days }),
          )
        ).type,
      ).toBe('ValidationException');
  });

  it('EXTERNAL keys start PendingImport', async () => {
    const kms = createKmsEngine();
    const KeyMetadata = await newKey(kms, { Origin: 'EXTERNAL' });
    expect(KeyMetadata).toMatchObject({ KeyState: 'PendingImport', Enabled: false });
    expect(
      await failure(kms.call('GenerateDataKey', { KeyId: KeyMetadata.KeyId, KeySpec: 'AES_256' })),
    ).toEqual({
      type: 'KMSInvalidStateException',
      message: `${KeyMetadata.Arn} is pending import.`,
    });
  });

  it.each([
    [
      'RSA_2048',
      'ENCRYPT_DECRYPT',
      'Algorithm SYMMETRIC_DEFAULT is incompatible with key spec RSA_2048.',
    ],
    ['RSA_2048', 'SIGN_VERIFY', 'key usage is SIGN_VERIFY'],
    ['ECC_NIST_P256', 'SIGN_VERIFY', 'key usage is SIGN_VERIFY'],
    ['HMAC_256', 'GENERATE_VERIFY_MAC', 'key usage is GENERATE_VERIFY_MAC'],
  ] as const)('a %s %s key → InvalidKeyUsageException', async (KeySpec, KeyUsage, why) => {
    const kms = createKmsEngine();
    const KeyMetadata = await newKey(kms, { KeySpec, KeyUsage });
    const { type, message } = await failure(
      kms.call('GenerateDataKey', { KeyId: KeyMetadata.KeyId, KeySpec: 'AES_256' }),
    );
    expect(type).toBe('InvalidKeyUsageException');
    expect(message).toContain(why);
  });

  it('DryRun → DryRunOperationException only when the call would succeed, with no side effect', async () => {
    const { kms, keyId } = await fixture();
    expect(
      (
        await failure(
          kms.call('GenerateDataKey', { KeyId: keyId, KeySpec: 'AES_256', DryRun: true }),
        )
      ).type,
    ).toBe('DryRunOperationException');
    expect(
      (
        await failure(
          kms.call('GenerateDataKey', { KeyId: 'alias/nope', KeySpec: 'AES_256', DryRun: true }),
        )
      ).type,
    ).toBe('NotFoundException');
    const { CiphertextBlob } = await kms.call('GenerateDataKey', {
      KeyId: keyId,
      KeySpec: 'AES_256',
    });
    expect((await failure(kms.call('Decrypt', { CiphertextBlob, DryRun: true }))).type).toBe(
      'DryRunOperationException',
    );
    expect(
      (
        await failure(
          kms.call('Decrypt', { CiphertextBlob, EncryptionContext: { x: 'y' }, DryRun: true }),
        )
      ).type,
    ).toBe('InvalidCiphertextException');
    await kms.call('DisableKey', { KeyId: keyId });
    expect(
      (await failure(kms.call('Encrypt', { KeyId: keyId, Plaintext: 'AA==', DryRun: true }))).type,
    ).toBe('DisabledException');
  });
});

describe('CreateKey, aliases and listing', () => {
  it('a fresh symmetric key looks like one recorded from AWS', async () => {
    const kms = createKmsEngine({ now: () => 1_614_905_581.947 });
    const KeyMetadata = await newKey(kms, {});
    expect(KeyMetadata).toMatchObject({
      AWSAccountId: '111122223333',
      CreationDate: 1_614_905_581.947,
      CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT',
      Description: '',
      Enabled: true,
      EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
      KeyManager: 'CUSTOMER',
      KeySpec: 'SYMMETRIC_DEFAULT',
      KeyState: 'Enabled',
      KeyUsage: 'ENCRYPT_DECRYPT',
      MultiRegion: false,
      Origin: 'AWS_KMS',
    });
    expect(KeyMetadata.CurrentKeyMaterialId).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    [
      { KeySpec: 'RSA_2048' },
      'ValidationException',
      'You must specify a KeyUsage value for all KMS keys except for symmetric encryption keys.',
    ],
    [{ KeySpec: 'HMAC_256', KeyUsage: 'ENCRYPT_DECRYPT' }, 'ValidationException', undefined],
    [
      { Tags: [{ TagKey: 'aws:x', TagValue: 'y' }] },
      'TagException',
      'Tags beginning with aws: are reserved',
    ],
    [
      { Tags: Array.from({ length: 51 }, (_, i) => ({ TagKey: `k${i}`, TagValue: 'v' })) },
      'TagException',
      'Too many tags',
    ],
    [{ Policy: 'not json' }, 'MalformedPolicyDocumentException', undefined],
    [{ KeySpec: 'NOPE' }, 'ValidationException', undefined],
  ])('CreateKey %j → %s', async (input, type, message) => {
    const { type: got, message: text } = await failure(createKmsEngine().call('CreateKey', input));
    expect(got).toBe(type);
    if (message) expect(text).toBe(message);
  });

  it('aliases: create, duplicate, reserved, alias target, delete, list by key', async () => {
    const { kms, keyId } = await fixture();
    expect(
      (await failure(kms.call('CreateAlias', { AliasName: 'alias/test', TargetKeyId: keyId })))
        .type,
    ).toBe('AlreadyExistsException');
    expect(
      (await failure(kms.call('CreateAlias', { AliasName: 'nope', TargetKeyId: keyId }))).type,
    ).toBe('ValidationException');
    expect(
      (await failure(kms.call('CreateAlias', { AliasName: 'alias/aws/s3', TargetKeyId: keyId })))
        .type,
    ).toBe('InvalidAliasNameException');
    expect(
      (
        await failure(
          kms.call('CreateAlias', { AliasName: 'alias/two', TargetKeyId: 'alias/test' }),
        )
      ).type,
    ).toBe('ValidationException');
    const other = (await newKey(kms, {})).KeyId;
    await kms.call('CreateAlias', { AliasName: 'alias/other', TargetKeyId: other });
    const mine = await kms.call('ListAliases', { KeyId: keyId });
    expect(mine.Aliases?.map((a) => a.AliasName)).toEqual(['alias/test']);
    expect(mine.Aliases?.[0]?.AliasArn).toBe('arn:aws:kms:us-east-1:111122223333:alias/test');
    await kms.call('DeleteAlias', { AliasName: 'alias/test' });
    expect((await failure(kms.call('DeleteAlias', { AliasName: 'alias/test' }))).type).toBe(
      'NotFoundException',
    );
    expect((await failure(kms.call('EnableKey', { KeyId: 'alias/other' }))).type).toBe(
      'NotFoundException',
    );
  });

  it('ListKeys pages with markers and NextMarker only when truncated', async () => {
    const kms = createKmsEngine();
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) ids.push((await newKey(kms, {})).KeyId);
    const first = await kms.call('ListKeys', { Limit: 2 });
    expect(first.Truncated).toBe(true);
    const seen = [...(first.Keys ?? [])];
    let marker = first.NextMarker;
    while (marker !== undefined) {
      const next = await kms.call('ListKeys', { Limit: 2, Marker: marker });
      seen.push(...(next.Keys ?? []));
      marker = next.NextMarker;
      if (!next.Truncated) expect(next).not.toHaveProperty('NextMarker');
    }
    expect(seen.map((k) => k.KeyId)).toEqual(ids);
    expect((await failure(kms.call('ListKeys', { Marker: 'garbage' }))).type).toBe(
      'InvalidMarkerException',
    );
  });
});

describe('the end of the waiting period (evidence `docs.schedule-key-deletion`)', () => {
  it('deletes the key and its aliases once DeletionDate has passed; cancelling before keeps it', async () => {
    let now = 1_700_000_000;
    const kms = createKmsEngine({ now: () => now });
    const doomed = await newKey(kms);
    const kept = await newKey(kms);
    await kms.call('CreateAlias', { AliasName: 'alias/doomed', TargetKeyId: doomed.KeyId });
    const { CiphertextBlob } = await kms.call('GenerateDataKey', {
      KeyId: doomed.KeyId,
      KeySpec: 'AES_256',
    });
    await kms.call('ScheduleKeyDeletion', { KeyId: doomed.KeyId, PendingWindowInDays: 7 });
    await kms.call('ScheduleKeyDeletion', { KeyId: kept.KeyId, PendingWindowInDays: 8 });
    now += 7 * 86_400 - 1;
    expect((await kms.call('DescribeKey', { KeyId: doomed.KeyId })).KeyMetadata?.KeyState).toBe(
      'PendingDeletion',
    );
    await kms.call('CancelKeyDeletion', { KeyId: kept.KeyId });
    now += 2 * 86_400;
    expect((await failure(kms.call('DescribeKey', { KeyId: doomed.KeyId }))).type).toBe(
      'NotFoundException',
    );
    expect((await failure(kms.call('DescribeKey', { KeyId: 'alias/doomed' }))).type).toBe(
      'NotFoundException',
    );
    expect((await kms.call('ListKeys', {})).Keys?.map((k) => k.KeyId)).toEqual([kept.KeyId]);
    expect((await kms.call('DescribeKey', { KeyId: kept.KeyId })).KeyMetadata?.KeyState).toBe(
      'Disabled',
    );
    // A blob whose key is gone: AccessDeniedException, as KMS answers (evidence `docs.invalid-ciphertext`).
    expect((await failure(kms.call('Decrypt', { CiphertextBlob }))).type).toBe(
      'AccessDeniedException',
    );
  });
});
