import { expectSuccess } from '../../expect.js';
import { defineCheck, inCase, pass } from '../define.js';
import { withKey } from '../scratch.js';
import { expectListed, listGrants, twoGrants } from './grant.js';

export default defineCheck({
  id: 'grants.retire',
  title: 'RetireGrant deletes a grant named by its token, or by the key ARN and its GrantId',
  area: 'grants',
  rule: 'Of two grants on a key, RetireGrant with one GrantToken leaves only the other listed; RetireGrant with the key ARN and the other GrantId leaves none',
  // LocalStack's test of retiring by token ran against AWS (evidence `sdk.validated-retire-revoke`).
  evidence: ['docs.retire-grant', 'docs.grant-view', 'model.grant-name'],
  severity: 'required',
  needs: ['key-creation'],
  async run(ctx) {
    await withKey(ctx, {}, async (key) => {
      const [byToken, byId] = await twoGrants(ctx, key);
      await inCase('RetireGrant by GrantToken', async () => {
        expectSuccess(
          await ctx.send('RetireGrant', { GrantToken: byToken.grantToken }),
          'RetireGrant',
        );
        expectListed(await listGrants(ctx, key), [byId.grantId], 'after RetireGrant');
      });
      await inCase('RetireGrant by KeyId and GrantId', async () => {
        expectSuccess(
          await ctx.send('RetireGrant', { KeyId: key.arn, GrantId: byId.grantId }),
          'RetireGrant',
        );
        expectListed(await listGrants(ctx, key), [], 'after RetireGrant');
      });
    });
    return pass();
  },
});
