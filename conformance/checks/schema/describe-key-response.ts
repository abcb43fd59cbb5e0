import { expectSuccess } from '../../expect.js';
import { defineCheck, need, pass } from '../define.js';
import { KEY_METADATA_MEMBERS, requireMembers } from './members.js';

export default defineCheck({
  id: 'schema.describe-key-response',
  title: 'A DescribeKey reply validates against the spec, with a full KeyMetadata',
  area: 'schema',
  rule: 'spec: #/components/schemas/DescribeKeyResponse; kms-facts §9 (KeyMetadata of a fresh symmetric key)',
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx) {
    const key = need(ctx.fixtures.symmetric, 'symmetric-key');
    const body = expectSuccess(await ctx.send('DescribeKey', { KeyId: key.keyId }), 'DescribeKey', [
      'KeyMetadata',
    ]);
    requireMembers('DescribeKey KeyMetadata', body.KeyMetadata, KEY_METADATA_MEMBERS);
    return pass();
  },
});
