import { expectError, expectSuccess } from '../../expect.js';
import type { CheckContext } from '../../types.js';
import { defineCheck, inCase, pass } from '../define.js';
import { withKey } from '../scratch.js';
import { expectTags } from './tags.js';

/** TagResource with `tags` must be TagException and leave the key's tags as they were. */
export async function refusedTagging(
  ctx: CheckContext,
  keyId: string,
  tags: ReadonlyArray<{ TagKey: string; TagValue: string }>,
  kept: ReadonlyArray<{ TagKey: string; TagValue: string }>,
): Promise<void> {
  expectError(await ctx.send('TagResource', { KeyId: keyId, Tags: tags }), ['TagException']);
  await expectTags(ctx, keyId, kept, 'a refused TagResource');
}

export default defineCheck({
  id: 'metadata.tag-refusals',
  title:
    'TagResource with a tag key beginning aws: or with the same tag key twice gets TagException and changes nothing',
  area: 'metadata',
  rule: 'Tag keys beginning with aws: are reserved and a tag key may appear once per request: TagResource refuses either as TagException, and the key keeps the tags it had',
  evidence: ['recorded.tag-resource-reserved-key', 'recorded.duplicate-tag-keys'],
  severity: 'required',
  needs: ['key-creation'],
  async run(ctx) {
    const kept = [{ TagKey: 'team', TagValue: 'a' }];
    await withKey(ctx, { Tags: kept }, async (key) => {
      await expectTags(ctx, key.keyId, kept, 'CreateKey with one tag');
      await inCase('a tag key aws:key1', () =>
        refusedTagging(ctx, key.keyId, [{ TagKey: 'aws:key1', TagValue: 'value1' }], kept),
      );
      await inCase('the tag key owner twice', () =>
        refusedTagging(
          ctx,
          key.keyId,
          [
            { TagKey: 'owner', TagValue: 'a' },
            { TagKey: 'owner', TagValue: 'b' },
          ],
          kept,
        ),
      );
      // Still taggable: the refusals were about those requests, not the key.
      expectSuccess(
        await ctx.send('TagResource', {
          KeyId: key.keyId,
          Tags: [{ TagKey: 'owner', TagValue: 'b' }],
        }),
        'TagResource',
      );
    });
    return pass();
  },
});
