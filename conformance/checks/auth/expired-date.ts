import { expectError } from '../../expect.js';
import { defineCheck, pass } from '../define.js';

/** Past AWS's 15-minute allowance with 5 minutes to spare for clock drift. */
export const STALE_MS = 20 * 60_000;

export default defineCheck({
  id: 'auth.expired-date',
  title: 'A request signed more than 15 minutes ago gets InvalidSignatureException',
  area: 'auth',
  rule: 'kms-facts §3 (signature expired → InvalidSignatureException, 400 on awsJson services); SigV4: X-Amz-Date within 15 minutes',
  severity: 'required',
  needs: ['auth-enforced'],
  async run(ctx) {
    expectError(await ctx.send('ListKeys', {}, { signingDate: new Date(Date.now() - STALE_MS) }), [
      'InvalidSignatureException',
    ]);
    return pass();
  },
});
