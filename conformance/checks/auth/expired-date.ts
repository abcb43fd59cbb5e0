import { expectAuthRefusal } from './refusal.js';
import { defineCheck, pass } from '../define.js';

/** Past AWS's 15-minute allowance with 5 minutes to spare for clock drift. */
export const STALE_MS = 20 * 60_000;

export default defineCheck({
  id: 'auth.expired-date',
  title: 'A request signed more than 15 minutes ago is refused as unauthenticated (400 or 403)',
  area: 'auth',
  rule: 'A request signed 20 minutes ago is refused as expired',
  evidence: ['auth.sigv4', 'auth.common-errors'],
  tolerates: ['auth.error-names'],
  severity: 'required',
  authProbe: true,
  async run(ctx) {
    expectAuthRefusal(
      await ctx.send('ListKeys', {}, { signingDate: new Date(Date.now() - STALE_MS) }),
    );
    return pass();
  },
});
