import { expectAuthRefusal } from './refusal.js';
import { defineCheck, pass } from '../define.js';

export default defineCheck({
  id: 'auth.unknown-access-key',
  title: 'A request signed with an unknown access key is refused as unauthenticated (400 or 403)',
  area: 'auth',
  rule: 'A request signed with an access key nobody was issued is refused',
  evidence: ['auth.sigv4', 'auth.common-errors'],
  tolerates: ['auth.error-names'],
  severity: 'required',
  authProbe: true,
  async run(ctx) {
    // AWS's documentation example key: well formed, and issued to nobody. No session token goes with it.
    const credentials = {
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      sessionToken: undefined,
    };
    expectAuthRefusal(await ctx.send('ListKeys', {}, { credentials }));
    return pass();
  },
});
