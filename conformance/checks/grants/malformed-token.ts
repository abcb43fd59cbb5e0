import { expectError } from '../../expect.js';
import { defineCheck, inCase, pass } from '../define.js';

/** Tokens no KMS issued: plain text, and base64 of nothing a grant token is made of. */
const MADE_UP = ['kms-contract-not-a-grant-token', 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'];

export default defineCheck({
  id: 'grants.malformed-token',
  title: 'A grant token no grant was given is refused as InvalidGrantTokenException',
  area: 'grants',
  rule: 'Encrypt and GenerateDataKey with a made-up token in GrantTokens are InvalidGrantTokenException',
  evidence: ['model.invalid-grant-token', 'docs.grant-tokens'],
  // The model names the error, but no reply of KMS to a made-up token is recorded.
  severity: 'recommended',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric: key }) {
    for (const token of MADE_UP) {
      await inCase(`Encrypt with the token ${token}`, async () =>
        expectError(
          await ctx.send('Encrypt', {
            KeyId: key.keyId,
            Plaintext: 'AAECAw==',
            GrantTokens: [token],
          }),
          ['InvalidGrantTokenException'],
        ),
      );
      await inCase(`GenerateDataKey with the token ${token}`, async () =>
        expectError(
          await ctx.send('GenerateDataKey', {
            KeyId: key.keyId,
            KeySpec: 'AES_256',
            GrantTokens: [token],
          }),
          ['InvalidGrantTokenException'],
        ),
      );
    }
    return pass();
  },
});
