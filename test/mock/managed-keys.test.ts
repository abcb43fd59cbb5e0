import { describe, expect, it } from 'vitest';
import { createKmsEngine } from '../../src/mock/index.js';
import { failure, fixture, unb64 } from './helpers.js';

const denied = (action: string, resource: string) => ({
  type: 'AccessDeniedException',
  message: `User: arn:aws:iam::111122223333:root is not authorized to perform: kms:${action} on resource: ${resource} because no resource-based policy allows the kms:${action} action`,
});

describe('AWS managed keys (alias/aws/<service>)', () => {
  it('ListAliases lists the predefined aliases without a target until the key exists', async () => {
    const { kms } = await fixture();
    const { Aliases = [] } = await kms.call('ListAliases', { Limit: 100 });
    expect(Aliases[0]).toMatchObject({ AliasName: 'alias/test' });
    const s3 = Aliases.find((a) => a.AliasName === 'alias/aws/s3');
    expect(s3).toEqual({
      AliasName: 'alias/aws/s3',
      AliasArn: 'arn:aws:kms:us-east-1:111122223333:alias/aws/s3',
    });
    expect((await kms.call('ListKeys', {})).Keys).toHaveLength(1);
  });

  it('DescribeKey creates the key on first use, KeyManager AWS, and the same key after', async () => {
    const kms = createKmsEngine({ now: () => 1_700_000_000 });
    const first = (await kms.call('DescribeKey', { KeyId: 'alias/aws/s3' })).KeyMetadata;
    expect(first).toMatchObject({
      KeyManager: 'AWS',
      KeyState: 'Enabled',
      KeySpec: 'SYMMETRIC_DEFAULT',
      KeyUsage: 'ENCRYPT_DECRYPT',
      Origin: 'AWS_KMS',
      CreationDate: 1_700_000_000,
    });
    const again = (
      await kms.call('DescribeKey', {
        KeyId: 'arn:aws:kms:us-east-1:111122223333:alias/aws/s3',
      })
    ).KeyMetadata;
    expect(again?.KeyId).toBe(first?.KeyId);
    const { Aliases = [] } = await kms.call('ListAliases', { KeyId: first?.KeyId ?? '' });
    expect(Aliases).toEqual([
      {
        AliasName: 'alias/aws/s3',
        AliasArn: 'arn:aws:kms:us-east-1:111122223333:alias/aws/s3',
        TargetKeyId: first?.KeyId,
        CreationDate: 1_700_000_000,
        LastUpdatedDate: 1_700_000_000,
      },
    ]);
    expect((await kms.call('ListKeys', {})).Keys?.map((k) => k.KeyId)).toEqual([first?.KeyId]);
  });

  it('GenerateDataKey and Encrypt create it too, and concurrent first uses make one key', async () => {
    const kms = createKmsEngine();
    const made = await Promise.all([
      kms.call('GenerateDataKey', { KeyId: 'alias/aws/ebs', KeySpec: 'AES_256' }),
      kms.call('Encrypt', { KeyId: 'alias/aws/ebs', Plaintext: 'AQID' }),
      kms.call('GenerateDataKey', { KeyId: 'alias/aws/ebs', KeySpec: 'AES_256' }),
    ]);
    expect(new Set(made.map((m) => m.KeyId)).size).toBe(1);
    expect((await kms.call('ListKeys', {})).Keys).toHaveLength(1);
    const opened = await kms.call('Decrypt', { CiphertextBlob: made[1].CiphertextBlob ?? '' });
    expect(unb64(opened.Plaintext)).toEqual(Uint8Array.of(1, 2, 3));
  });

  it('an alias/aws/ name that is not predefined is not found', async () => {
    const kms = createKmsEngine();
    expect(await failure(kms.call('DescribeKey', { KeyId: 'alias/aws/nope' }))).toEqual({
      type: 'NotFoundException',
      message: 'Alias arn:aws:kms:us-east-1:111122223333:alias/aws/nope is not found.',
    });
    expect((await kms.call('ListKeys', {})).Keys).toEqual([]);
  });

  it('refuses to be disabled, enabled, scheduled for deletion, cancelled or aliased', async () => {
    const kms = createKmsEngine();
    const key = (await kms.call('DescribeKey', { KeyId: 'alias/aws/lambda' })).KeyMetadata;
    const KeyId = key?.KeyId ?? '';
    const arn = key?.Arn ?? '';
    for (const action of [
      'DisableKey',
      'EnableKey',
      'ScheduleKeyDeletion',
      'CancelKeyDeletion',
    ] as const)
      expect(await failure(kms.call(action, { KeyId }))).toEqual(denied(action, arn));
    expect(
      await failure(kms.call('CreateAlias', { AliasName: 'alias/mine', TargetKeyId: KeyId })),
    ).toEqual(denied('CreateAlias', arn));
    expect(await failure(kms.call('DeleteAlias', { AliasName: 'alias/aws/lambda' }))).toEqual(
      denied('DeleteAlias', 'arn:aws:kms:us-east-1:111122223333:alias/aws/lambda'),
    );
    expect((await kms.call('DescribeKey', { KeyId })).KeyMetadata?.KeyState).toBe('Enabled');
  });
});
