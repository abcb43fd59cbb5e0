import { expectError } from '../../expect.js';
import { CheckFailure } from '../../failure.js';
import { defineCheck, pass } from '../define.js';
import { STALE_MS } from './expired-date.js';

export default defineCheck({
  id: 'auth.expired-date-message',
  title: 'The refusal of a stale signature says it expired',
  area: 'auth',
  // Recommended: message text is the stricter tier; AWS words it "Signature expired: <date> is now earlier than ...".
  rule: 'The refusal of a stale signature is InvalidSignatureException and says it expired',
  evidence: ['auth.error-names'],
  severity: 'recommended',
  authProbe: true,
  async run(ctx) {
    const reply = await ctx.send('ListKeys', {}, { signingDate: new Date(Date.now() - STALE_MS) });
    expectError(reply, ['InvalidSignatureException']);
    if (!/expired/i.test(reply.errorMessage ?? ''))
      throw new CheckFailure(
        'a message saying the signature expired',
        reply.errorMessage ?? '(no message)',
      );
    return pass();
  },
});
