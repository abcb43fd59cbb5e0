import { CheckFailure } from '../../failure.js';
import type { CheckContext, KeyRef } from '../../types.js';
import { defineCheck, inCase, pass } from '../define.js';
import { withKey } from '../scratch.js';
import { createGrant, expectListed, listGrants } from './grant.js';

const NAME = 'kms-contract-retried-grant';
const OPERATIONS = ['Decrypt', 'DescribeKey'];

function named(ctx: CheckContext, key: KeyRef) {
  return createGrant(ctx, key, { Name: NAME, Operations: OPERATIONS });
}

export default defineCheck({
  id: 'grants.same-name',
  title:
    'CreateGrant retried with the same Name and parameters returns the same GrantId (a new token), once per key',
  area: 'grants',
  rule: 'A second CreateGrant with the same Name and identical parameters on a key answers the first GrantId with another GrantToken and makes no grant; the same Name on another key makes a grant of that key',
  // LocalStack's test of one Name on two keys ran against AWS (evidence `sdk.validated-create-list-grants`).
  evidence: ['model.grant-name', 'docs.create-grant', 'docs.grant-view'],
  severity: 'required',
  needs: ['key-creation'],
  async run(ctx) {
    await withKey(ctx, {}, async (key) => {
      const first = await named(ctx, key);
      const retry = await named(ctx, key);
      if (retry.grantId !== first.grantId || retry.grantToken === first.grantToken)
        throw new CheckFailure(
          `the retry to answer GrantId ${first.grantId} with a token of its own`,
          `GrantId ${retry.grantId}, ${retry.grantToken === first.grantToken ? 'the same' : 'another'} token`,
          { operation: 'CreateGrant', actualStatus: 200 },
        );
      expectListed(await listGrants(ctx, key), [first.grantId], 'after a retried CreateGrant');
      await inCase('the same Name on another key', async () =>
        withKey(ctx, {}, async (other) => {
          const theirs = await named(ctx, other);
          if (theirs.grantId === first.grantId)
            throw new CheckFailure(
              'a grant of the other key, with a GrantId of its own',
              `GrantId ${theirs.grantId} of the first key`,
              { operation: 'CreateGrant', actualStatus: 200 },
            );
          expectListed(await listGrants(ctx, other), [theirs.grantId], 'of the other key');
          expectListed(await listGrants(ctx, key), [first.grantId], 'of the first key');
        }),
      );
    });
    return pass();
  },
});
