import { CheckFailure } from '../../failure.js';
import { expectError } from '../../expect.js';
import { defineCheck, need, pass } from '../define.js';

export default defineCheck({
  id: 'messages.disabled-names-arn',
  title: 'DisabledException says <key ARN> is disabled.',
  area: 'messages',
  rule: 'kms-facts §7 (DisabledException `<key ARN> is disabled.` [R]), §12',
  severity: 'recommended',
  needs: ['disabled-key'],
  async run(ctx) {
    const key = need(ctx.fixtures.disabled, 'disabled-key');
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
