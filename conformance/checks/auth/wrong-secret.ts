import { expectError } from '../../expect.js';
import { defineCheck, pass } from '../define.js';

export default defineCheck({
  id: 'auth.wrong-secret',
  title: 'A request signed with the wrong secret key gets InvalidSignatureException',
  area: 'auth',
  rule: 'kms-facts §3 (signature mismatch → InvalidSignatureException, 400 on awsJson services)',
  severity: 'required',
  needs: ['auth-enforced'],
  async run(ctx) {
    // The runner's own access key id, so the key is known and only the signature is wrong.
    const reply = await ctx.send(
      'ListKeys',
      {},
      { credentials: { secretAccessKey: 'kms-contract-wrong-secret-0000000000000000' } },
    );
    expectError(reply, ['InvalidSignatureException']);
    return pass();
  },
});
