import { expectSuccess } from '../../expect.js';
import { defineCheck, pass } from '../define.js';
import { withKey } from '../scratch.js';
import { expectTokenRefused, twoGrants } from './grant.js';

export default defineCheck({
  id: 'grants.retired-token',
  title: 'The token of a retired or revoked grant is refused as InvalidGrantTokenException',
  area: 'grants',
  rule: 'After RetireGrant, or RevokeGrant, of a grant, Encrypt with that grant’s token in GrantTokens is InvalidGrantTokenException',
  evidence: ['inference.gone-grant-token', 'model.grant-name'],
  severity: 'recommended',
  needs: ['key-creation'],
  async run(ctx) {
    await withKey(ctx, {}, async (key) => {
      const [retired, revoked] = await twoGrants(ctx, key);
      expectSuccess(
        await ctx.send('RetireGrant', { GrantToken: retired.grantToken }),
        'RetireGrant',
      );
      expectSuccess(
        await ctx.send('RevokeGrant', { KeyId: key.keyId, GrantId: revoked.grantId }),
        'RevokeGrant',
      );
      for (const [what, token] of [
        ['a retired grant', retired.grantToken],
        ['a revoked grant', revoked.grantToken],
      ] as const)
        await expectTokenRefused(ctx, key, 'Encrypt', token, `the token of ${what}`);
    });
    return pass();
  },
});
