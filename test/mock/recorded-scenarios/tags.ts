// Tags: the requests of each recorded test, sent to the mock (see index.ts).
import type { KmsEngine } from '../../../src/mock/index.js';
import { part, reply, type Replay } from '../recorded-replay.js';
import { create, type Scenario } from './common.js';

export const scenarios: Record<string, Scenario> = {};

type Tag = { TagKey: string; TagValue: string };
const tagList = (tags: Record<string, string>): Tag[] =>
  Object.entries(tags).map(([TagKey, TagValue]) => ({ TagKey, TagValue }));
const listTags = async (kms: KmsEngine, KeyId: string) =>
  part((await kms.call('ListResourceTags', { KeyId })).Tags);
const tagged = { Description: 'test key 123', KeyUsage: 'ENCRYPT_DECRYPT' } as const;

/** The key's tags listed before and after `change`; the recording names the second list `after`. */
async function listedAround(
  kms: KmsEngine,
  KeyId: string,
  after: string,
  change: () => Promise<unknown>,
): Promise<Replay> {
  const listed = await listTags(kms, KeyId);
  await change();
  return { replies: { 'list-resource-tags': listed, [after]: await listTags(kms, KeyId) } };
}

scenarios['TestKMS::test_tag_existing_key_and_untag'] = async (kms) => {
  const key = await create(kms, tagged);
  const Tags = tagList({ tag1: 'value1', tag2: 'value2' });
  await kms.call('TagResource', { KeyId: key.KeyId, Tags });
  return listedAround(kms, key.KeyId, 'list-resource-tags-after-all-untagged', () =>
    kms.call('UntagResource', { KeyId: key.KeyId, TagKeys: ['tag1', 'tag2'] }),
  );
};

scenarios['TestKMS::test_create_key_with_tag_and_untag'] = async (kms) => {
  const key = await create(kms, { ...tagged, Tags: tagList({ tag1: 'value1', tag2: 'value2' }) });
  return listedAround(kms, key.KeyId, 'list-resource-tags-after-all-untagged', () =>
    kms.call('UntagResource', { KeyId: key.KeyId, TagKeys: ['tag1', 'tag2'] }),
  );
};

const threeTags = tagList({ tag1: 'value1', tag2: 'value2', tag3: 'value3' });

scenarios['TestKMS::test_untag_key_partially'] = async (kms) => {
  const key = await create(kms, { ...tagged, Tags: threeTags });
  return listedAround(kms, key.KeyId, 'list-resource-tags-after-partially-untagged', () =>
    kms.call('UntagResource', { KeyId: key.KeyId, TagKeys: ['tag2'] }),
  );
};

scenarios['TestKMS::test_update_and_add_tags_on_tagged_key'] = async (kms) => {
  const key = await create(kms, { ...tagged, Tags: threeTags });
  const Tags = tagList({ tag4: 'value4', tag2: 'updated_value2', tag5: 'value5' });
  return listedAround(kms, key.KeyId, 'list-resource-tags-after-tags-updated', () =>
    kms.call('TagResource', { KeyId: key.KeyId, Tags }),
  );
};

scenarios['TestKMS::test_tag_key_with_duplicate_tag_keys_raises_error'] = async (kms) => {
  const key = await create(kms, tagged);
  const Tags = [
    { TagKey: 'tag1', TagValue: 'value1' },
    { TagKey: 'tag1', TagValue: 'another-value1' },
  ];
  return {
    replies: {
      'duplicate-tag-keys': await reply(kms.call('TagResource', { KeyId: key.KeyId, Tags })),
    },
  };
};

const refusedTags = async (kms: KmsEngine, tags: Record<string, string>) =>
  reply(kms.call('CreateKey', { ...tagged, Tags: tagList(tags) }));

scenarios['TestKMS::test_create_key_with_too_many_tags_raises_error'] = async (kms) => ({
  replies: {
    'invalid-tag-key': await refusedTags(
      kms,
      Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`key${i}`, `value${i}`])),
    ),
  },
});

scenarios['TestKMS::test_tag_existing_key_with_invalid_tag_key'] = async (kms) => {
  const key = await create(kms, tagged);
  const Tags = tagList({ 'aws:key1': 'value1' });
  return {
    replies: {
      'invalid-tag-key': await reply(kms.call('TagResource', { KeyId: key.KeyId, Tags })),
    },
  };
};

scenarios['TestKMS::test_key_with_long_tag_value_raises_error'] = async (kms) => ({
  replies: { 'too-long-tag-value': await refusedTags(kms, { tag1: 'v'.repeat(257) }) },
});

for (const [param, tagKey] of [
  ['lowercase_prefix', 'aws:key1'],
  ['uppercase_prefix', 'AWS:key1'],
  ['too_long_key', 'a'.repeat(129)],
] as const)
  scenarios[`TestKMS::test_create_key_with_invalid_tag_key[${param}]`] = async (kms) => ({
    replies: { 'invalid-tag-key': await refusedTags(kms, { [tagKey]: 'value1' }) },
  });
