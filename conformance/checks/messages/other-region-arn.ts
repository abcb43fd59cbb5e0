import { expectError } from '../../expect.js';
import { CheckFailure } from '../../failure.js';
import { defineCheck, pass } from '../define.js';
import { otherRegion } from '../keys/other-region-id.js';

export default defineCheck({
  id: 'messages.other-region-arn',
  title: 'A key ARN naming another region gets the message "Invalid arn <region>"',
  area: 'messages',
  rule: 'The NotFoundException for a key ARN of another region says Invalid arn <that region>',
  evidence: ['recorded.other-region-arn'],
  severity: 'recommended',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric }) {
    const parts = symmetric.arn.split(':');
    const region = otherRegion(parts[3] ?? ctx.region);
    parts[3] = region;
    const reply = await ctx.send('DescribeKey', { KeyId: parts.join(':') });
    expectError(reply, ['NotFoundException']);
    const want = `Invalid arn ${region}`;
    if (reply.errorMessage !== want)
      throw new CheckFailure(`the message "${want}"`, reply.errorMessage ?? '(no message)');
    return pass();
  },
});
