import type { OperationInput, OperationOutput } from '../../contract/index.js';
import { kmsError } from '../../errors/index.js';
import type { MockContext } from '../context.js';
import { checkGrantLimit, GRANT_PAGE, toGrantListEntry } from '../grant-entry.js';
import { page } from '../pagination.js';

/**
 * The grants, of every key of the account and Region, whose retiring principal is the one asked
 * for, keys in creation order and each key's grants in the order they were made
 * (https://docs.aws.amazon.com/kms/latest/APIReference/API_ListRetirableGrants.html: exactly one
 * of RetiringPrincipal and RetiringServicePrincipal).
 */
export async function listRetirableGrants(
  ctx: MockContext,
  input: OperationInput<'ListRetirableGrants'>,
): Promise<OperationOutput<'ListRetirableGrants'>> {
  checkGrantLimit(input.Limit);
  const { RetiringPrincipal: principal, RetiringServicePrincipal: service } = input;
  if ((principal === undefined) === (service === undefined))
    throw kmsError(
      'ValidationException',
      'You must specify either RetiringPrincipal or RetiringServicePrincipal, but not both.',
    );
  const keys = await ctx.store.listKeys();
  const entries = keys.flatMap((key) =>
    (key.grants ?? [])
      .filter((g) =>
        principal !== undefined
          ? g.retiringPrincipal === principal
          : g.retiringServicePrincipal === service,
      )
      .map((g) => toGrantListEntry(ctx, key, g)),
  );
  const result = page(entries, input.Limit, input.Marker, GRANT_PAGE);
  return {
    Grants: result.items,
    Truncated: result.truncated,
    ...(result.nextMarker !== undefined ? { NextMarker: result.nextMarker } : {}),
  };
}
