import { expectError } from '../../expect.js';
import { CheckFailure } from '../../failure.js';
import { defineCheck, need, pass } from '../define.js';

export default defineCheck({
  id: 'keys.other-region-arn',
  title: 'GenerateDataKey with the key ARN moved to another region gets NotFoundException',
  area: 'keys',
  rule: 'kms-facts §5 (a key ARN whose region differs from the endpoint’s → NotFoundException `Invalid arn <region>`); moto resolves it locally',
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx) {
    const key = need(ctx.fixtures.symmetric, 'symmetric-key');
    const parts = key.arn.split(':');
    if (parts.length < 6)
      throw new CheckFailure(
        'a key ARN arn:<partition>:kms:<region>:<account>:key/<id> (kms-facts §5)',
        key.arn,
      );
    parts[3] = parts[3] === 'us-west-2' ? 'eu-west-1' : 'us-west-2';
    expectError(await ctx.send('GenerateDataKey', { KeyId: parts.join(':'), KeySpec: 'AES_256' }), [
      'NotFoundException',
    ]);
    return pass();
  },
});
