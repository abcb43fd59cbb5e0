import { expectSuccess } from '../../expect.js';
import { defineCheck, inCase, pass } from '../define.js';
import { withKey } from '../scratch.js';
import { expectTags } from './tags.js';

const tag = (TagKey: string, TagValue: string) => ({ TagKey, TagValue });

export default defineCheck({
  id: 'metadata.tag-round-trip',
  title:
    'TagResource adds tags and gives an existing tag key its new value, UntagResource removes the named ones, and ListResourceTags shows each step',
  area: 'metadata',
  rule: 'ListResourceTags lists the tags TagResource set; tagging an existing key replaces its value and adds the new keys; UntagResource removes only the keys it names, and removing them all leaves none',
  evidence: ['recorded.tag-and-untag', 'recorded.tags-updated', 'recorded.untag-partially'],
  severity: 'required',
  needs: ['key-creation'],
  async run(ctx) {
    await withKey(ctx, {}, async (key) => {
      const first = [tag('tag1', 'value1'), tag('tag2', 'value2'), tag('tag3', 'value3')];
      expectSuccess(
        await ctx.send('TagResource', { KeyId: key.keyId, Tags: first }),
        'TagResource',
      );
      await expectTags(ctx, key.keyId, first, 'TagResource');
      const update = [tag('tag2', 'updated_value2'), tag('tag4', 'value4')];
      expectSuccess(
        await ctx.send('TagResource', { KeyId: key.keyId, Tags: update }),
        'TagResource',
      );
      const updated = [first[0]!, update[0]!, first[2]!, update[1]!];
      await inCase('a second TagResource', () =>
        expectTags(ctx, key.keyId, updated, 'TagResource of tag2 (new value) and tag4'),
      );
      expectSuccess(
        await ctx.send('UntagResource', { KeyId: key.keyId, TagKeys: ['tag2'] }),
        'UntagResource',
      );
      await expectTags(ctx, key.keyId, [first[0]!, first[2]!, update[1]!], 'UntagResource of tag2');
      expectSuccess(
        await ctx.send('UntagResource', { KeyId: key.keyId, TagKeys: ['tag1', 'tag3', 'tag4'] }),
        'UntagResource',
      );
      await expectTags(ctx, key.keyId, [], 'UntagResource of every tag');
    });
    return pass();
  },
});
