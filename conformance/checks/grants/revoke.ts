import { expectSuccess } from '../../expect.js';
import { defineCheck, pass } from '../define.js';
import { withKey } from '../scratch.js';
import { expectListed, listGrants, twoGrants } from './grant.js';

export default defineCheck({
  id: 'grants.revoke',
  title: 'RevokeGrant deletes the grant it names, and only that one',
  area: 'grants',
  rule: 'Of two grants on a key, RevokeGrant with the KeyId and one GrantId succeeds, and ListGrants then lists only the other',
  // LocalStack's test of the same ran against AWS (evidence `sdk.validated-retire-revoke`).
  evidence: ['docs.revoke-grant', 'docs.grant-view', 'model.grant-name'],
  severity: 'required',
  needs: ['key-creation'],
  async run(ctx) {
    await withKey(ctx, {}, async (key) => {
      const [revoked, kept] = await twoGrants(ctx, key);
      expectSuccess(
        await ctx.send('RevokeGrant', { KeyId: key.keyId, GrantId: revoked.grantId }),
        'RevokeGrant',
      );
      expectListed(await listGrants(ctx, key), [kept.grantId], 'after RevokeGrant');
    });
    return pass();
  },
});
