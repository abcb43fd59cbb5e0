import { expectAuthRefusal } from './refusal.js';
import { defineCheck, pass } from '../define.js';

export default defineCheck({
  id: 'auth.unsigned',
  title: 'A request without Authorization is refused as unauthenticated (400 or 403)',
  area: 'auth',
  rule: 'An unsigned request is refused with a client error (400 or 403) naming an authentication failure',
  evidence: ['auth.sigv4', 'auth.common-errors'],
  tolerates: ['auth.error-names'],
  severity: 'required',
  authProbe: true,
  async run(ctx) {
    expectAuthRefusal(await ctx.send('ListKeys', {}, { sign: false }));
    return pass();
  },
});
