import { expectError } from '../../expect.js';
import { defineCheck, pass } from '../define.js';

export default defineCheck({
  id: 'auth.unknown-access-key',
  title: 'A request signed with an unknown access key gets UnrecognizedClientException',
  area: 'auth',
  rule: 'kms-facts §3 (access key unknown → UnrecognizedClientException; KMS uses the name [R]; expect 400)',
  severity: 'required',
  needs: ['auth-enforced'],
  async run(ctx) {
    // AWS's documentation example key: well formed, and issued to nobody. No session token goes with it.
    const credentials = {
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      sessionToken: undefined,
    };
    expectError(await ctx.send('ListKeys', {}, { credentials }), ['UnrecognizedClientException']);
    return pass();
  },
});
