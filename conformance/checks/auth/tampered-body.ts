import { expectError } from '../../expect.js';
import { defineCheck, pass } from '../define.js';

export default defineCheck({
  id: 'auth.tampered-body',
  title: 'A body changed after signing gets InvalidSignatureException',
  area: 'auth',
  rule: 'kms-facts §1 (SigV4 signs the payload hash), §3 (signature mismatch → InvalidSignatureException, 400)',
  severity: 'required',
  needs: ['auth-enforced'],
  async run(ctx) {
    // The transport re-spaces the JSON after signing: same meaning, different bytes.
    expectError(await ctx.send('ListKeys', {}, { tamperAfterSigning: true }), [
      'InvalidSignatureException',
    ]);
    return pass();
  },
});
