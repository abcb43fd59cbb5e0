import { expectError } from '../../expect.js';
import { defineCheck, inCase, pass } from '../define.js';

export default defineCheck({
  id: 'auth.error-names',
  title:
    'Auth refusals use the names KMS is seen to send: MissingAuthenticationTokenException, InvalidSignatureException, UnrecognizedClientException',
  area: 'auth',
  rule: 'Each auth refusal is named for its cause as KMS names it',
  evidence: ['auth.error-names'],
  severity: 'recommended',
  authProbe: true,
  async run(ctx) {
    await inCase('an unsigned request', async () =>
      expectError(
        await ctx.send('ListKeys', {}, { sign: false }),
        ['MissingAuthenticationTokenException'],
        [400, 403],
      ),
    );
    await inCase('a wrong secret key', async () =>
      expectError(
        await ctx.send(
          'ListKeys',
          {},
          { credentials: { secretAccessKey: 'kms-contract-wrong-secret-0000000000000000' } },
        ),
        ['InvalidSignatureException'],
      ),
    );
    await inCase('an unknown access key', async () =>
      expectError(
        await ctx.send(
          'ListKeys',
          {},
          {
            credentials: {
              accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
              secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
              sessionToken: undefined,
            },
          },
        ),
        ['UnrecognizedClientException'],
      ),
    );
    return pass();
  },
});
