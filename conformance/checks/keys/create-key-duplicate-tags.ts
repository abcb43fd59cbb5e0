import { defineCheck, pass } from '../define.js';
import { refusedTags } from './create-key-tags.js';

export default defineCheck({
  id: 'keys.create-key-duplicate-tags',
  title: 'CreateKey with the same tag key twice gets TagException',
  area: 'keys',
  rule: 'Duplicate tag keys are refused as TagException on CreateKey as on TagResource',
  evidence: ['inference.create-key-duplicate-tags', 'recorded.duplicate-tag-keys'],
  severity: 'recommended',
  needs: ['key-creation'],
  async run(ctx) {
    await refusedTags(
      ctx,
      [
        { TagKey: 'team', TagValue: 'a' },
        { TagKey: 'team', TagValue: 'b' },
      ],
      ['TagException'],
    );
    return pass();
  },
});
