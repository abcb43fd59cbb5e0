import { expectError } from '../../expect.js';
import { defineCheck, pass } from '../define.js';

export default defineCheck({
  id: 'auth.unsigned',
  title: 'A request without Authorization gets MissingAuthenticationTokenException',
  area: 'auth',
  rule: 'kms-facts §1 (Auth: SigV4, signing name kms), §3 (MissingAuthenticationTokenException, 400 or 403)',
  severity: 'required',
  needs: ['auth-enforced'],
  async run(ctx) {
    expectError(
      await ctx.send('ListKeys', {}, { sign: false }),
      ['MissingAuthenticationTokenException'],
      [400, 403],
    );
    return pass();
  },
});
