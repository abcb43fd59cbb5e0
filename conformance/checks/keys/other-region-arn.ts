import { expectError } from '../../expect.js';
import { CheckFailure } from '../../failure.js';
import { defineCheck, pass } from '../define.js';

export default defineCheck({
  id: 'keys.other-region-arn',
  title: 'GenerateDataKey with the key ARN moved to another region gets NotFoundException',
  area: 'keys',
  rule: 'A key ARN naming another region is refused as NotFoundException',
  evidence: ['recorded.other-region-arn'],
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric: key }) {
    const parts = key.arn.split(':');
    if (parts.length < 6)
      throw new CheckFailure('a key ARN arn:<partition>:kms:<region>:<account>:key/<id>', key.arn);
    parts[3] = parts[3] === 'us-west-2' ? 'eu-west-1' : 'us-west-2';
    expectError(await ctx.send('GenerateDataKey', { KeyId: parts.join(':'), KeySpec: 'AES_256' }), [
      'NotFoundException',
    ]);
    return pass();
  },
});
