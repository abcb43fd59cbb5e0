// Replies of the mock compared with replies recorded from real KMS, each by its snapshot key in
// test/fixtures/aws-recorded/localstack-test_kms.snapshot.json.
import { describe, expect, it } from 'vitest';
import { createKmsEngine } from '../../src/mock/index.js';
import { failure, fixture, newKey } from './helpers.js';
import { recordedError, recordedMembers, recordedReply } from './recorded.js';

describe('replies as real KMS recorded them', () => {
  it('GenerateRandom without NumberOfBytes (recorded: TestKMS::test_generate_random_invalid_number_of_bytes[None])', async () => {
    const kms = createKmsEngine();
    expect(await failure(kms.call('GenerateRandom', {}))).toEqual(
      recordedError(
        'TestKMS::test_generate_random_invalid_number_of_bytes[None]',
        'generate-random-exc',
      ),
    );
  });

  it('GenerateRandom with 0 and 1025 bytes keeps the constraint message (recorded: TestKMS::test_generate_random_invalid_number_of_bytes[0], [1025])', async () => {
    const kms = createKmsEngine();
    for (const n of [0, 1025])
      expect(await failure(kms.call('GenerateRandom', { NumberOfBytes: n }))).toEqual(
        recordedError(
          `TestKMS::test_generate_random_invalid_number_of_bytes[${n}]`,
          'generate-random-exc',
        ),
      );
  });

  it('a missing NumberOfBytes gives way to a broken constraint elsewhere in the request', async () => {
    const kms = createKmsEngine();
    expect(await failure(kms.call('GenerateRandom', { CustomKeyStoreId: '' }))).toEqual({
      type: 'ValidationException',
      message:
        "1 validation error detected: Value '' at 'customKeyStoreId' failed to satisfy constraint: Member must have length greater than or equal to 1",
    });
  });

  it('a key pending import has no ExpirationModel (recorded: TestKMS::test_import_key_symmetric, created-key and describe-key-before-import)', async () => {
    const kms = createKmsEngine();
    const created = await newKey(kms, { Origin: 'EXTERNAL' });
    expect(Object.keys(created).sort()).toEqual(
      recordedMembers('TestKMS::test_import_key_symmetric', 'created-key'),
    );
    const { KeyMetadata } = await kms.call('DescribeKey', { KeyId: created.KeyId });
    expect(Object.keys(KeyMetadata ?? {}).sort()).toEqual(
      recordedMembers('TestKMS::test_import_key_symmetric', 'describe-key-before-import'),
    );
  });

  it('a new symmetric key has the members KMS recorded (recorded: TestKMS::test_create_key)', async () => {
    const kms = createKmsEngine();
    const created = await newKey(kms, { Description: 'test key 123' });
    expect(Object.keys(created).sort()).toEqual(
      recordedMembers('TestKMS::test_create_key', 'describe-key'),
    );
  });

  it('a key pending deletion shows DeletionDate but no PendingDeletionWindowInDays (model: KeyMetadata.PendingDeletionWindowInDays)', async () => {
    const { kms, keyId } = await fixture({ now: () => 1_700_000_000 });
    await kms.call('ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 7 });
    const { KeyMetadata } = await kms.call('DescribeKey', { KeyId: keyId });
    expect(KeyMetadata?.DeletionDate).toBe(1_700_000_000 + 7 * 86_400);
    expect(KeyMetadata).not.toHaveProperty('PendingDeletionWindowInDays');
  });

  describe('CreateKey tags', () => {
    const tags = (...keys: string[]) => keys.map((TagKey) => ({ TagKey, TagValue: 'value1' }));

    it.each([
      ['aws:key1', 'TestKMS::test_create_key_with_invalid_tag_key[lowercase_prefix]'],
      ['AWS:key1', 'TestKMS::test_create_key_with_invalid_tag_key[uppercase_prefix]'],
      ['Aws:key1', 'TestKMS::test_create_key_with_invalid_tag_key[uppercase_prefix]'],
      ['aWs:key1', 'TestKMS::test_create_key_with_invalid_tag_key[uppercase_prefix]'],
    ])('%s is reserved in any letter case (recorded: %s)', async (TagKey, key) => {
      const kms = createKmsEngine();
      expect(await failure(kms.call('CreateKey', { Tags: tags(TagKey) }))).toEqual(
        recordedError(key, 'invalid-tag-key'),
      );
    });

    it('a tag key given twice → TagException (recorded: TestKMS::test_tag_key_with_duplicate_tag_keys_raises_error)', async () => {
      const kms = createKmsEngine();
      expect(await failure(kms.call('CreateKey', { Tags: tags('tag1', 'tag1') }))).toEqual(
        recordedError(
          'TestKMS::test_tag_key_with_duplicate_tag_keys_raises_error',
          'duplicate-tag-keys',
        ),
      );
    });

    it('51 tags → TagException; 50 are fine (recorded: TestKMS::test_create_key_with_too_many_tags_raises_error)', async () => {
      const kms = createKmsEngine();
      const keys = Array.from({ length: 51 }, (_, i) => `key${i}`);
      expect(await failure(kms.call('CreateKey', { Tags: tags(...keys) }))).toEqual(
        recordedError(
          'TestKMS::test_create_key_with_too_many_tags_raises_error',
          'invalid-tag-key',
        ),
      );
      await newKey(kms, { Tags: tags(...keys.slice(0, 50)) });
    });

    it('a tag key over 128 characters names the member as KMS does (recorded: TestKMS::test_create_key_with_invalid_tag_key[too_long_key])', async () => {
      const kms = createKmsEngine();
      expect(await failure(kms.call('CreateKey', { Tags: tags('a'.repeat(129)) }))).toEqual(
        recordedError(
          'TestKMS::test_create_key_with_invalid_tag_key[too_long_key]',
          'invalid-tag-key',
        ),
      );
    });

    it('a tag value over 256 characters (recorded: TestKMS::test_key_with_long_tag_value_raises_error)', async () => {
      const kms = createKmsEngine();
      const Tags = [{ TagKey: 'tag1', TagValue: 'v'.repeat(257) }];
      expect(await failure(kms.call('CreateKey', { Tags }))).toEqual(
        recordedError('TestKMS::test_key_with_long_tag_value_raises_error', 'too-long-tag-value'),
      );
    });
  });

  it('CreateKey with an unknown KeySpec lists the values in the recorded order (recorded: TestKMS::test_hmac_create_key_invalid_operations)', async () => {
    const kms = createKmsEngine();
    const { type, message } = await failure(
      kms.call('CreateKey', {
        KeySpec: 'HMAC_random' as 'HMAC_256',
        KeyUsage: 'GENERATE_VERIFY_MAC',
      }),
    );
    const recorded = recordedError(
      'TestKMS::test_hmac_create_key_invalid_operations',
      'create-hmac-key-invalid-spec',
    );
    expect(type).toBe(recorded.type);
    // The recording predates newer key specs, which the mock lists after the recorded ones.
    expect(message.startsWith(recorded.message.slice(0, -1))).toBe(true);
    expect(message).toMatch(/, ML_DSA_44, .*\]$/);
  });

  it('CreateKey with an unknown KeyUsage (recorded: TestKMS::test_hmac_create_key_invalid_operations)', async () => {
    const kms = createKmsEngine();
    const { type, message } = await failure(
      kms.call('CreateKey', { KeySpec: 'HMAC_256', KeyUsage: 'RANDOM' as 'SIGN_VERIFY' }),
    );
    const recorded = recordedError(
      'TestKMS::test_hmac_create_key_invalid_operations',
      'create-hmac-key-invalid-key-usage',
    );
    expect(type).toBe(recorded.type);
    expect(message).toBe(recorded.message.replace(/\]$/, ', KEY_AGREEMENT]'));
  });

  it.each(['Encrypt', 'GenerateDataKey', 'GenerateDataKeyWithoutPlaintext'] as const)(
    '%s with an RSA encryption key: the algorithm is incompatible with the key spec (recorded form: TestKMS::test_invalid_generate_mac[HMAC_224-HMAC_SHA_256])',
    async (operation) => {
      const kms = createKmsEngine();
      const key = await newKey(kms, { KeySpec: 'RSA_4096', KeyUsage: 'ENCRYPT_DECRYPT' });
      const body =
        operation === 'Encrypt'
          ? { KeyId: key.KeyId, Plaintext: 'AAAA' }
          : { KeyId: key.KeyId, KeySpec: 'AES_256' as const };
      expect(await failure(kms.call(operation, body))).toEqual({
        type: recordedError(
          'TestKMS::test_invalid_generate_mac[HMAC_224-HMAC_SHA_256]',
          'generate-mac',
        ).type,
        message: 'Algorithm SYMMETRIC_DEFAULT is incompatible with key spec RSA_4096.',
      });
    },
  );

  it('Encrypt with an RSA algorithm on a symmetric key: the same form', async () => {
    const { kms, keyId } = await fixture();
    expect(
      await failure(
        kms.call('Encrypt', {
          KeyId: keyId,
          Plaintext: 'AAAA',
          EncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
        }),
      ),
    ).toEqual({
      type: 'InvalidKeyUsageException',
      message: 'Algorithm RSAES_OAEP_SHA_256 is incompatible with key spec SYMMETRIC_DEFAULT.',
    });
  });

  it('Encrypt with a key of another usage (recorded: TestKMS::test_error_messaging_for_invalid_keys)', async () => {
    const kms = createKmsEngine();
    const key = await newKey(kms, { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' });
    expect(await failure(kms.call('Encrypt', { KeyId: key.KeyId, Plaintext: 'AAAA' }))).toEqual(
      recordedError('TestKMS::test_error_messaging_for_invalid_keys', 'encrypt-invalid-key-id', {
        'key-arn': key.Arn,
      }),
    );
  });

  it('Encrypt with an empty Plaintext: one ValidationException naming plaintext', async () => {
    const { kms, keyId } = await fixture();
    expect(await failure(kms.call('Encrypt', { KeyId: keyId, Plaintext: '' }))).toEqual({
      type: 'ValidationException',
      message:
        "1 validation error detected: Value at 'plaintext' failed to satisfy constraint: Member must have length greater than or equal to 1",
    });
  });

  it('Encrypt with 4097 bytes (recorded: TestKMS::test_plaintext_size_for_encrypt)', async () => {
    const { kms, keyId } = await fixture();
    const Plaintext = Buffer.alloc(4097).toString('base64');
    expect(await failure(kms.call('Encrypt', { KeyId: keyId, Plaintext }))).toEqual(
      recordedError('TestKMS::test_plaintext_size_for_encrypt', 'invalid-plaintext-size-encrypt'),
    );
  });

  it.each(['Encrypt', 'GenerateDataKey', 'Decrypt'] as const)(
    '%s with a grant token the mock never issued → InvalidGrantTokenException',
    async (operation) => {
      const { kms, keyId } = await fixture();
      const { CiphertextBlob = '' } = await kms.call('Encrypt', {
        KeyId: keyId,
        Plaintext: 'AAAA',
      });
      const body = {
        Encrypt: { KeyId: keyId, Plaintext: 'AAAA' },
        GenerateDataKey: { KeyId: keyId, KeySpec: 'AES_256' },
        Decrypt: { CiphertextBlob },
      }[operation];
      expect(await failure(kms.call(operation, { ...body, GrantTokens: ['not-a-token'] }))).toEqual(
        {
          type: 'InvalidGrantTokenException',
          message: 'Grant token is invalid.',
        },
      );
      // An empty list names no grant and is no error.
      await kms.call(operation, { ...body, GrantTokens: [] } as never);
    },
  );

  it('DescribeKey, which declares no InvalidGrantTokenException, reads grant tokens and ignores them', async () => {
    const { kms, keyId } = await fixture();
    const { KeyMetadata } = await kms.call('DescribeKey', { KeyId: keyId, GrantTokens: ['x'] });
    expect(KeyMetadata?.KeyId).toBe(keyId);
  });

  it('DescribeKey of an unknown id and of a malformed one (recorded: TestKMS::test_get_key_does_not_exist, TestKMS::test_get_key_invalid_uuid)', async () => {
    const kms = createKmsEngine();
    for (const [KeyId, key, name] of [
      [
        '134f2428-cec1-4b25-a1ae-9048164dba47',
        'TestKMS::test_get_key_does_not_exist',
        'describe-nonexistent-key-with-id',
      ],
      [
        'mrk-d3b95762d3b95762d3b95762d3b95762',
        'TestKMS::test_get_key_does_not_exist',
        'describe-key-with-valid-id-mrk',
      ],
    ] as const) {
      const arn = `arn:aws:kms:us-east-1:111122223333:key/${KeyId}`;
      expect(await failure(kms.call('DescribeKey', { KeyId }))).toEqual(
        recordedError(key, name, { 'key-arn': arn, 'mrk-key-arn': arn }),
      );
    }
    for (const [KeyId, name] of [
      ['fake-key-id', 'describe-key-with-invalid-uuid'],
      ['134f2428cec14b25a1ae9048164dba47', 'describe-key-with-invalid-uuid-2'],
      ['mrk-fake-key-id', 'describe-key-with-invalid-uuid-mrk'],
    ] as const)
      expect(await failure(kms.call('DescribeKey', { KeyId }))).toEqual(
        recordedError('TestKMS::test_get_key_invalid_uuid', name),
      );
  });

  it.each([
    ['GenerateMac', 'TestKMS::test_invalid_generate_mac[HMAC_256-INVALID]', 'generate-mac'],
    [
      'VerifyMac',
      'TestKMS::test_invalid_verify_mac[HMAC_256-INVALID-some important message]',
      'verify-mac',
    ],
  ] as const)(
    '%s with an unknown MacAlgorithm lists the values in the recorded order (recorded: %s)',
    async (operation, key, name) => {
      const kms = createKmsEngine();
      const mac = await newKey(kms, { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' });
      const body = { KeyId: mac.KeyId, Message: 'AAAA', MacAlgorithm: 'INVALID', Mac: 'AAAA' };
      expect(await failure(kms.call(operation, body))).toEqual(recordedError(key, name));
    },
  );

  it('ReplicateKey without tags has no ReplicaTags (recorded: TestKMS::test_replicate_key, replicate-key)', async () => {
    const kms = createKmsEngine();
    const key = await newKey(kms, { MultiRegion: true });
    const reply = await kms.call('ReplicateKey', { KeyId: key.KeyId, ReplicaRegion: 'eu-west-1' });
    expect(Object.keys(reply).sort()).toEqual(
      Object.keys(recordedReply('TestKMS::test_replicate_key', 'replicate-key'))
        .filter((member) => member !== 'ResponseMetadata')
        .sort(),
    );
    const tagged = await newKey(kms, { MultiRegion: true });
    const Tags = [{ TagKey: 'team', TagValue: 'replica' }];
    const withTags = await kms.call('ReplicateKey', {
      KeyId: tagged.KeyId,
      ReplicaRegion: 'eu-west-1',
      Tags,
    });
    expect(withTags.ReplicaTags).toEqual(Tags);
  });

  it('RotateKeyOnDemand past the limit is refused as recorded; the limit is the 25 the model documents (recorded: TestKMS::test_key_rotations_limits)', async () => {
    const { kms, keyId, arn } = await fixture();
    for (let i = 0; i < 25; i++) await kms.call('RotateKeyOnDemand', { KeyId: keyId });
    expect(await failure(kms.call('RotateKeyOnDemand', { KeyId: keyId }))).toEqual(
      recordedError('TestKMS::test_key_rotations_limits', 'error-response', { 'key-arn': arn }),
    );
  });
});
