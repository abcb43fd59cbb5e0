// Keys, Regions, aliases and multi-Region keys: the requests of each recorded test,
// sent to the mock (see index.ts).
import { unb64 } from '../helpers.js';
import { part, reply } from '../recorded-replay.js';
import {
  REGION,
  SECONDARY,
  REPLICA_REGION,
  arnOf,
  create,
  describe,
  type Scenario,
} from './common.js';

export const scenarios: Record<string, Scenario> = {};

for (const n of [12, 44, 91, 1, 1024])
  scenarios[`TestKMS::test_generate_random[${n}]`] = async (kms) => {
    const { Plaintext } = await kms.call('GenerateRandom', { NumberOfBytes: n });
    return { replies: { result_length: part(unb64(Plaintext).length) } };
  };

for (const [param, body] of [
  ['None', {}],
  ['0', { NumberOfBytes: 0 }],
  ['1025', { NumberOfBytes: 1025 }],
] as const)
  scenarios[`TestKMS::test_generate_random_invalid_number_of_bytes[${param}]`] = async (kms) => ({
    replies: { 'generate-random-exc': await reply(kms.call('GenerateRandom', body)) },
  });

scenarios['TestKMS::test_create_key'] = async (kms) => {
  const key = await create(kms, { Description: 'test key 123', KeyUsage: 'ENCRYPT_DECRYPT' });
  const { KeyMetadata } = await kms.call('DescribeKey', { KeyId: key.KeyId });
  return { replies: { 'describe-key': part(KeyMetadata) } };
};

scenarios['TestKMS::test_get_key_in_different_region'] = async (kms) => {
  const key = await create(kms, { Description: 'test key 123' }, SECONDARY);
  return {
    replies: {
      'describe-key-diff-region-with-id': await describe(kms, key.KeyId, REGION),
      'describe-key-diff-region-with-arn': await describe(kms, key.Arn, REGION),
      'describe-key-same-specific-region-with-id': await describe(kms, key.KeyId, SECONDARY),
      'describe-key-same-specific-region-with-arn': await describe(kms, key.Arn, SECONDARY),
    },
    values: { 'secondary-region': SECONDARY },
  };
};

scenarios['TestKMS::test_get_key_does_not_exist'] = async (kms) => {
  await create(kms, { Description: 'test key 123' });
  const fake = '134f2428-cec1-4b25-a1ae-9048164dba47';
  const mrk = 'mrk-d3b95762d3b95762d3b95762d3b95762';
  return {
    replies: {
      'describe-nonexistent-key-with-id': await describe(kms, fake),
      'describe-nonexistent-with-arn': await describe(kms, arnOf(fake)),
      'describe-key-with-valid-id-mrk': await describe(kms, mrk),
    },
    values: { 'key-arn': arnOf(fake), 'mrk-key-arn': arnOf(mrk) },
  };
};

scenarios['TestKMS::test_get_key_invalid_uuid'] = async (kms) => ({
  replies: {
    'describe-key-with-invalid-uuid': await describe(kms, 'fake-key-id'),
    'describe-key-with-invalid-uuid-2': await describe(kms, '134f2428cec14b25a1ae9048164dba47'),
    'describe-key-with-invalid-uuid-mrk': await describe(kms, 'mrk-fake-key-id'),
  },
});

scenarios['TestKMS::test_replicate_key'] = async (kms) => {
  const key = await create(kms, { MultiRegion: true, Description: 'test replicated key' });
  const before = await describe(kms, key.KeyId, REPLICA_REGION);
  const replicated = await reply(
    kms.call('ReplicateKey', { KeyId: key.KeyId, ReplicaRegion: REPLICA_REGION }),
  );
  return {
    replies: {
      'describe-key-from-different-region': before,
      'replicate-key': replicated,
      'describe-key-from-region': await describe(kms, key.KeyId),
      'describe-replicated-key': await describe(kms, key.KeyId, REPLICA_REGION),
    },
  };
};

scenarios['TestKMS::test_create_alias'] = async (kms) => {
  const key = await create(kms);
  return {
    replies: {
      create_alias: await reply(
        kms.call('CreateAlias', { AliasName: '5b2c9e1d', TargetKeyId: key.KeyId }),
      ),
    },
  };
};

scenarios['TestKMS::test_hmac_create_key'] = async (kms) => {
  const key = await create(kms, {
    Description: 'test key',
    KeySpec: 'HMAC_256',
    KeyUsage: 'GENERATE_VERIFY_MAC',
  });
  const { KeyMetadata } = await kms.call('DescribeKey', { KeyId: key.KeyId });
  return { replies: { 'create-hmac-key': part(key), 'describe-key': part(KeyMetadata) } };
};

scenarios['TestKMS::test_hmac_create_key_invalid_operations'] = async (kms) => ({
  replies: {
    'create-hmac-key-without-key-usage': await reply(
      kms.call('CreateKey', {
        Description: 'test HMAC key without key usage',
        KeySpec: 'HMAC_256',
      }),
    ),
    'create-hmac-key-invalid-spec': await reply(
      kms.call('CreateKey', { Description: 'test invalid HMAC spec', KeySpec: 'HMAC_random' }),
    ),
    'create-hmac-key-invalid-key-usage': await reply(
      kms.call('CreateKey', {
        Description: 'test invalid HMAC spec',
        KeySpec: 'HMAC_256',
        KeyUsage: 'RANDOM',
      }),
    ),
  },
});

scenarios['TestKMS::test_create_multi_region_key'] = async (kms) => ({
  replies: {
    create_multi_region_key: part(
      await create(kms, { MultiRegion: true, Description: 'test multi region key' }),
    ),
  },
});

scenarios['TestKMS::test_non_multi_region_keys_should_not_have_multi_region_properties'] = async (
  kms,
) => ({
  replies: {
    non_multi_region_keys_should_not_have_multi_region_properties: part(
      await create(kms, { MultiRegion: false, Description: 'test non multi region key' }),
    ),
  },
});

scenarios['TestKMS::test_describe_with_alias_arn'] = async (kms) => {
  const key = await create(kms, { Description: 'test - description' });
  await kms.call('CreateAlias', { TargetKeyId: key.KeyId, AliasName: 'alias/4e8d2f0a' });
  const { Aliases = [] } = await kms.call('ListAliases', {});
  const alias = Aliases.find((a) => a.AliasName === 'alias/4e8d2f0a');
  return {
    replies: {
      'created-key': part(key),
      'describe-key': await describe(kms, alias?.AliasArn ?? 'no alias listed'),
    },
  };
};

scenarios['TestKMS::test_replicate_replica_key_should_fail'] = async (kms) => {
  const primary = await create(kms, { MultiRegion: true, Description: 'test primary key' });
  const replicated = await kms.call('ReplicateKey', {
    KeyId: primary.KeyId,
    ReplicaRegion: SECONDARY,
  });
  const replica = replicated.ReplicaKeyMetadata!;
  const refused = kms.call(
    'ReplicateKey',
    { KeyId: replica.KeyId, ReplicaRegion: SECONDARY },
    SECONDARY,
  );
  return {
    replies: { 'fail-replicate-non-primary-key': await reply(refused) },
    values: { 'mrk-key-arn': replica.Arn ?? '' },
  };
};
