import { CheckFailure } from '../../failure.js';
import { defineCheck, inCase, pass } from '../define.js';
import { withKey } from '../scratch.js';
import { createGrant, expectListed, granteeOf, listGrants, OPERATIONS } from './grant.js';

const NAME = 'kms-contract-conformance-grant';

export default defineCheck({
  id: 'grants.create-list',
  title:
    'CreateGrant answers a GrantId and a GrantToken, and ListGrants lists the grant with the key ARN, grantee, operations and name',
  area: 'grants',
  rule: "CreateGrant answers GrantId and GrantToken; ListGrants of the key then lists each grant made, each with that GrantId, the key's ARN as KeyId, the GranteePrincipal, the Operations and the Name it was given, and with a GrantId filter only that grant",
  // LocalStack's test of the same ran against AWS (evidence `sdk.validated-create-list-grants`).
  evidence: ['docs.create-grant', 'docs.grant-view', 'docs.list-grants', 'model.grant-name'],
  severity: 'required',
  needs: ['key-creation'],
  async run(ctx) {
    await withKey(ctx, {}, async (key) => {
      const named = await createGrant(ctx, key, { Name: NAME });
      const unnamed = await createGrant(ctx, key);
      if (named.grantId === unnamed.grantId)
        throw new CheckFailure(
          'a grant without a Name to get a GrantId of its own',
          `GrantId ${named.grantId} twice`,
          { operation: 'CreateGrant', actualStatus: 200 },
        );
      const grants = await listGrants(ctx, key);
      expectListed(grants, [named.grantId, unnamed.grantId], 'of a new key after two CreateGrant');
      const entry = grants.find((g) => g['GrantId'] === named.grantId) ?? {};
      const listed = {
        KeyId: entry['KeyId'],
        GranteePrincipal: entry['GranteePrincipal'],
        Operations: Array.isArray(entry['Operations'])
          ? [...(entry['Operations'] as unknown[])].map(String).sort()
          : entry['Operations'],
        Name: entry['Name'],
      };
      const want = {
        KeyId: key.arn,
        GranteePrincipal: granteeOf(key),
        Operations: [...OPERATIONS].sort(),
        Name: NAME,
      };
      if (JSON.stringify(listed) !== JSON.stringify(want))
        throw new CheckFailure(
          `the listed grant with ${JSON.stringify(want)}`,
          JSON.stringify(listed),
          { operation: 'ListGrants', actualStatus: 200 },
        );
      await inCase('ListGrants with a GrantId filter', async () =>
        expectListed(
          await listGrants(ctx, key, { GrantId: unnamed.grantId }),
          [unnamed.grantId],
          'filtered by GrantId',
        ),
      );
    });
    return pass();
  },
});
