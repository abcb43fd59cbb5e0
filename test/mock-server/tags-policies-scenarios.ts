/**
 * TagResource, UntagResource, ListResourceTags, UpdateAlias, UpdateKeyDescription and the key
 * policy operations, driven through the real AWS SDK. The same scenarios run against `serve`
 * (tags-policies.test.ts here) and MSW (test/msw/tags-policies.test.ts).
 */
import * as kms from '@aws-sdk/client-kms';
import { expect, it } from 'vitest';
import { refusal } from './sdk-helpers.js';

const tags = (entries: Record<string, string>) =>
  Object.entries(entries).map(([TagKey, TagValue]) => ({ TagKey, TagValue }));

export function tagAndPolicyScenarios(client: () => kms.KMSClient): void {
  const newKey = async (input: kms.CreateKeyCommandInput = {}) =>
    (await client().send(new kms.CreateKeyCommand(input))).KeyMetadata!;
  const listTags = async (KeyId: string) =>
    (await client().send(new kms.ListResourceTagsCommand({ KeyId }))).Tags;

  it('tags an existing key and untags every tag (recorded: TestKMS::test_tag_existing_key_and_untag)', async () => {
    const { KeyId } = await newKey({ Description: 'test key 123' });
    await client().send(
      new kms.TagResourceCommand({ KeyId, Tags: tags({ tag1: 'value1', tag2: 'value2' }) }),
    );
    expect(await listTags(KeyId!)).toEqual(tags({ tag1: 'value1', tag2: 'value2' }));
    await client().send(new kms.UntagResourceCommand({ KeyId, TagKeys: ['tag1', 'tag2'] }));
    expect(await listTags(KeyId!)).toEqual([]);
  });

  it('untags one tag of three (recorded: TestKMS::test_untag_key_partially)', async () => {
    const key = await newKey({ Tags: tags({ tag1: 'value1', tag2: 'value2', tag3: 'value3' }) });
    await client().send(
      new kms.UntagResourceCommand({ KeyId: key.Arn, TagKeys: ['tag2', 'absent'] }),
    );
    expect(await listTags(key.KeyId!)).toEqual(tags({ tag1: 'value1', tag3: 'value3' }));
  });

  it('updates a tag in place and adds new ones after (recorded: TestKMS::test_update_and_add_tags_on_tagged_key)', async () => {
    const { KeyId } = await newKey({
      Tags: tags({ tag1: 'value1', tag2: 'value2', tag3: 'value3' }),
    });
    await client().send(
      new kms.TagResourceCommand({
        KeyId,
        Tags: tags({ tag4: 'value4', tag2: 'updated_value2', tag5: 'value5' }),
      }),
    );
    expect(await listTags(KeyId!)).toEqual(
      tags({
        tag1: 'value1',
        tag2: 'updated_value2',
        tag3: 'value3',
        tag4: 'value4',
        tag5: 'value5',
      }),
    );
  });

  it('refuses bad tags as KMS does, and changes nothing', async () => {
    const { KeyId } = await newKey({ Tags: tags({ kept: 'yes' }) });
    const tag = (Tags: kms.Tag[]) =>
      refusal(client().send(new kms.TagResourceCommand({ KeyId, Tags })));
    // recorded: TestKMS::test_tag_key_with_duplicate_tag_keys_raises_error
    expect(
      await tag([
        { TagKey: 'tag1', TagValue: 'value1' },
        { TagKey: 'tag1', TagValue: 'another-value1' },
      ]),
    ).toEqual({ name: 'TagException', message: 'Duplicate tag keys' });
    // recorded: TestKMS::test_tag_existing_key_with_invalid_tag_key
    expect(await tag(tags({ 'aws:key1': 'value1' }))).toEqual({
      name: 'TagException',
      message: 'Tags beginning with aws: are reserved',
    });
    // recorded: TestKMS::test_key_with_long_tag_value_raises_error (same member rule as CreateKey)
    expect(await tag(tags({ tag1: 'v'.repeat(257) }))).toEqual({
      name: 'ValidationException',
      message: `1 validation error detected: Value '${'v'.repeat(257)}' at 'tags.1.member.tagValue' failed to satisfy constraint: Member must have length less than or equal to 256`,
    });
    // 49 new tags on a key that has one already: 50 is the limit, 51 is refused.
    const many = Array.from({ length: 50 }, (_, i) => ({ TagKey: `k${i}`, TagValue: '' }));
    expect(await tag(many)).toEqual({ name: 'TagException', message: 'Too many tags' });
    await client().send(new kms.TagResourceCommand({ KeyId, Tags: many.slice(0, 49) }));
    expect(await listTags(KeyId!)).toHaveLength(50);
    expect((await listTags(KeyId!))?.[0]).toEqual({ TagKey: 'kept', TagValue: 'yes' });
  });

  it('pages tags 50 at a time at most and refuses a tag operation on an unknown key or an alias', async () => {
    const { KeyId } = await newKey({ Tags: tags({ a: '1', b: '2', c: '3' }) });
    const first = await client().send(new kms.ListResourceTagsCommand({ KeyId, Limit: 2 }));
    expect(first).toMatchObject({ Tags: tags({ a: '1', b: '2' }), Truncated: true });
    const rest = await client().send(
      new kms.ListResourceTagsCommand({ KeyId, Limit: 2, Marker: first.NextMarker }),
    );
    expect(rest).toMatchObject({ Tags: tags({ c: '3' }), Truncated: false });
    expect(
      (await refusal(client().send(new kms.ListResourceTagsCommand({ KeyId, Limit: 51 })))).name,
    ).toBe('ValidationException');
    const missing = '134f2428-cec1-4b25-a1ae-9048164dba47';
    expect(
      await refusal(client().send(new kms.TagResourceCommand({ KeyId: missing, Tags: [] }))),
    ).toEqual({
      name: 'NotFoundException',
      message: `Key 'arn:aws:kms:us-east-1:111122223333:key/${missing}' does not exist`,
    });
    expect(
      (
        await refusal(
          client().send(new kms.UntagResourceCommand({ KeyId: 'alias/x', TagKeys: ['a'] })),
        )
      ).name,
    ).toBe('NotFoundException');
  });

  it('refuses to change the tags or description of a key pending deletion', async () => {
    const { KeyId, Arn } = await newKey();
    await client().send(new kms.ScheduleKeyDeletionCommand({ KeyId, PendingWindowInDays: 7 }));
    const pending = { name: 'KMSInvalidStateException', message: `${Arn} is pending deletion.` };
    expect(
      await refusal(client().send(new kms.TagResourceCommand({ KeyId, Tags: tags({ a: '1' }) }))),
    ).toEqual(pending);
    expect(
      await refusal(
        client().send(new kms.UpdateKeyDescriptionCommand({ KeyId, Description: 'x' })),
      ),
    ).toEqual(pending);
    expect(await listTags(KeyId!)).toEqual([]);
  });

  it('updates the description DescribeKey shows', async () => {
    const { KeyId } = await newKey({ Description: 'before' });
    await client().send(new kms.UpdateKeyDescriptionCommand({ KeyId, Description: 'after' }));
    const described = await client().send(new kms.DescribeKeyCommand({ KeyId }));
    expect(described.KeyMetadata?.Description).toBe('after');
    await client().send(new kms.UpdateKeyDescriptionCommand({ KeyId, Description: '' }));
    expect(
      (await client().send(new kms.DescribeKeyCommand({ KeyId }))).KeyMetadata?.Description,
    ).toBe('');
  });

  it('points an alias at another key, whose ciphertexts it then names', async () => {
    const first = await newKey();
    const second = await newKey();
    const AliasName = `alias/update-${first.KeyId!.slice(0, 8)}`;
    await client().send(new kms.CreateAliasCommand({ AliasName, TargetKeyId: first.KeyId }));
    await client().send(new kms.UpdateAliasCommand({ AliasName, TargetKeyId: second.Arn }));
    const listed = await client().send(new kms.ListAliasesCommand({ KeyId: second.KeyId }));
    expect(listed.Aliases?.map((a) => a.AliasName)).toEqual([AliasName]);
    const sealed = await client().send(
      new kms.EncryptCommand({ KeyId: AliasName, Plaintext: new Uint8Array([1, 2, 3]) }),
    );
    expect(sealed.KeyId).toBe(second.Arn);
    expect(
      await refusal(
        client().send(
          new kms.UpdateAliasCommand({ AliasName: 'alias/none', TargetKeyId: first.KeyId }),
        ),
      ),
    ).toEqual({
      name: 'NotFoundException',
      message: 'Alias arn:aws:kms:us-east-1:111122223333:alias/none is not found.',
    });
    expect(
      (
        await refusal(
          client().send(new kms.UpdateAliasCommand({ AliasName, TargetKeyId: AliasName })),
        )
      ).name,
    ).toBe('ValidationException');
    const signing = await newKey({ KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' });
    expect(
      (
        await refusal(
          client().send(new kms.UpdateAliasCommand({ AliasName, TargetKeyId: signing.KeyId })),
        )
      ).name,
    ).toBe('ValidationException');
  });

  it('returns the default key policy, then the policy put, under the one name "default"', async () => {
    const { KeyId } = await newKey();
    const before = await client().send(new kms.GetKeyPolicyCommand({ KeyId }));
    expect(before.PolicyName).toBe('default');
    expect(JSON.parse(before.Policy!)).toEqual({
      Version: '2012-10-17',
      Id: 'key-default-1',
      Statement: [
        {
          Sid: 'Enable IAM User Permissions',
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::111122223333:root' },
          Action: 'kms:*',
          Resource: '*',
        },
      ],
    });
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [] }, null, 1);
    await client().send(new kms.PutKeyPolicyCommand({ KeyId, Policy: policy }));
    expect(
      (await client().send(new kms.GetKeyPolicyCommand({ KeyId, PolicyName: 'default' }))).Policy,
    ).toBe(policy);
    expect(await client().send(new kms.ListKeyPoliciesCommand({ KeyId }))).toMatchObject({
      PolicyNames: ['default'],
      Truncated: false,
    });
    expect(
      await refusal(client().send(new kms.PutKeyPolicyCommand({ KeyId, Policy: 'not json' }))),
    ).toEqual({
      name: 'MalformedPolicyDocumentException',
      message: 'The key policy is not a valid JSON policy document.',
    });
    expect(
      (await refusal(client().send(new kms.GetKeyPolicyCommand({ KeyId, PolicyName: 'other' }))))
        .name,
    ).toBe('NotFoundException');
    const created = await newKey({ Policy: policy });
    expect(
      (await client().send(new kms.GetKeyPolicyCommand({ KeyId: created.KeyId }))).Policy,
    ).toBe(policy);
  });
}
