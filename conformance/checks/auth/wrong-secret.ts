import { expectAuthRefusal } from './refusal.js';
import { defineCheck, pass } from '../define.js';

export default defineCheck({
  id: 'auth.wrong-secret',
  title: 'A request signed with the wrong secret key is refused as unauthenticated (400 or 403)',
  area: 'auth',
  rule: 'A request signed with the wrong secret key is refused with an authentication error',
  evidence: ['auth.sigv4', 'auth.common-errors'],
  tolerates: ['auth.error-names'],
  severity: 'required',
  authProbe: true,
  async run(ctx) {
    // The runner's own access key id, so the key is known and only the signature is wrong.
    const reply = await ctx.send(
      'ListKeys',
      {},
      { credentials: { secretAccessKey: 'kms-contract-wrong-secret-0000000000000000' } },
    );
    expectAuthRefusal(reply);
    return pass();
  },
});
