import type { OperationInput, OperationOutput } from '../../contract/index.js';
import type { MockContext } from '../context.js';
import { checkGrantId, checkGrantLimit, GRANT_PAGE, toGrantListEntry } from '../grant-entry.js';
import { page } from '../pagination.js';
import { resolveKey } from '../resolve-key.js';

/**
 * The key's grants in the order they were made, optionally only the one with GrantId or those of
 * one grantee (https://docs.aws.amazon.com/kms/latest/APIReference/API_ListGrants.html). Works in
 * every key state, as DescribeKey does; no grants is an empty list.
 */
export async function listGrants(
  ctx: MockContext,
  input: OperationInput<'ListGrants'>,
): Promise<OperationOutput<'ListGrants'>> {
  checkGrantLimit(input.Limit);
  if (input.GrantId !== undefined) checkGrantId(input.GrantId);
  const key = await resolveKey(ctx, input.KeyId, { allowAlias: false });
  const grants = (key.grants ?? []).filter(
    (g) =>
      (input.GrantId === undefined || g.grantId === input.GrantId) &&
      (input.GranteePrincipal === undefined || g.granteePrincipal === input.GranteePrincipal) &&
      (input.GranteeServicePrincipal === undefined ||
        g.granteeServicePrincipal === input.GranteeServicePrincipal),
  );
  const result = page(grants, input.Limit, input.Marker, GRANT_PAGE);
  return {
    Grants: result.items.map((g) => toGrantListEntry(ctx, key, g)),
    Truncated: result.truncated,
    ...(result.nextMarker !== undefined ? { NextMarker: result.nextMarker } : {}),
  };
}
