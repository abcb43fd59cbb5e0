import { defineCheck, inCase, pass } from '../define.js';
import { withKey } from '../scratch.js';
import { refusedTagging } from './tag-refusals.js';

export default defineCheck({
  id: 'metadata.tag-reserved-any-case',
  title: 'TagResource with a tag key beginning AWS: or Aws: gets TagException',
  area: 'metadata',
  rule: 'The reserved aws: prefix is matched in any letter case on TagResource, as on CreateKey',
  evidence: ['inference.tag-resource-reserved-any-case', 'recorded.reserved-tag-key'],
  severity: 'recommended',
  needs: ['key-creation'],
  async run(ctx) {
    await withKey(ctx, {}, async (key) => {
      for (const prefix of ['AWS:', 'Aws:'])
        await inCase(`a tag key ${prefix}key1`, () =>
          refusedTagging(ctx, key.keyId, [{ TagKey: `${prefix}key1`, TagValue: 'value1' }], []),
        );
    });
    return pass();
  },
});
