import { CheckFailure } from '../../failure.js';
import { expectError } from '../../expect.js';
import { defineCheck, pass } from '../define.js';

export default defineCheck({
  id: 'messages.disabled-names-arn',
  title: 'DisabledException says <key ARN> is disabled.',
  area: 'messages',
  rule: "The DisabledException message is '<key ARN> is disabled.'",
  evidence: ['recorded.disabled'],
  severity: 'recommended',
  needs: ['disabled-key'],
  async run(ctx, { disabled: key }) {
    const reply = await ctx.send('GenerateDataKey', { KeyId: key.keyId, KeySpec: 'AES_256' });
    expectError(reply, ['DisabledException']);
    const want = `${key.arn} is disabled.`;
    if (reply.errorMessage !== want)
      throw new CheckFailure(
        `message ${JSON.stringify(want)}`,
        `message ${JSON.stringify(reply.errorMessage ?? null)}`,
      );
    return pass();
  },
});
