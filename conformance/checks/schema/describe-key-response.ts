import { expectSuccess } from '../../expect.js';
import { defineCheck, pass } from '../define.js';
import { KEY_METADATA_MEMBERS, requireMembers } from './members.js';

export default defineCheck({
  id: 'schema.describe-key-response',
  title: 'A DescribeKey reply validates against the spec, with a full KeyMetadata',
  area: 'schema',
  rule: 'A DescribeKey reply is valid against the spec and carries the KeyMetadata a real key has',
  evidence: ['model.output-members', 'recorded.fresh-key-metadata'],
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric: key }) {
    const body = expectSuccess(await ctx.send('DescribeKey', { KeyId: key.keyId }), 'DescribeKey', [
      'KeyMetadata',
    ]);
    requireMembers('DescribeKey KeyMetadata', body.KeyMetadata, KEY_METADATA_MEMBERS);
    return pass();
  },
});
