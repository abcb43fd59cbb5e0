import { encode, expectError } from '../../expect.js';
import { defineCheck, pass } from '../define.js';

export default defineCheck({
  id: 'asymmetric.digest-length',
  title: 'Sign with MessageType DIGEST refuses a message that is not a digest of the right length',
  area: 'asymmetric',
  rule: 'Sign DIGEST with ECDSA_SHA_256 and a 20-byte message is ValidationException',
  evidence: ['recorded.bad-digest'],
  severity: 'required',
  needs: ['sign-key'],
  async run(ctx, { sign: signing }) {
    expectError(
      await ctx.send('Sign', {
        KeyId: signing.keyId,
        Message: encode(new Uint8Array(20).fill(7)),
        MessageType: 'DIGEST',
        SigningAlgorithm: 'ECDSA_SHA_256',
      }),
      ['ValidationException'],
    );
    return pass();
  },
});
