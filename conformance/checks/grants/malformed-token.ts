import { defineCheck, pass } from '../define.js';
import { expectTokenRefused } from './grant.js';

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
      await expectTokenRefused(ctx, key, 'Encrypt', token, `the token ${token}`);
      await expectTokenRefused(ctx, key, 'GenerateDataKey', token, `the token ${token}`);
    }
    return pass();
  },
});
