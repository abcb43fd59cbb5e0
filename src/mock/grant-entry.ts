import type { OperationOutput } from '../contract/index.js';
import { kmsError } from '../errors/index.js';
import type { GrantRecord, KeyRecord } from '../keystore/index.js';
import { keyArn, partitionOf } from './config.js';
import type { MockContext } from './context.js';

type GrantListEntry = NonNullable<OperationOutput<'ListGrants'>['Grants']>[number];

/**
 * A stored grant as ListGrants and ListRetirableGrants show it: the key's ARN, the account root as
 * IssuingAccount, and only the members the grant has (the ListGrants example of the AWS docs,
 * https://docs.aws.amazon.com/kms/latest/APIReference/API_ListGrants.html).
 */
export function toGrantListEntry(
  ctx: MockContext,
  key: KeyRecord,
  grant: GrantRecord,
): GrantListEntry {
  const entry: GrantListEntry = {
    KeyId: keyArn(ctx.config, key.keyId),
    GrantId: grant.grantId,
    CreationDate: grant.createdAt,
    IssuingAccount: `arn:${partitionOf(ctx.config.region)}:iam::${ctx.config.account}:root`,
    // Stored as CreateGrant's schema let them through (GrantOperation values).
    Operations: [...grant.operations] as NonNullable<GrantListEntry['Operations']>,
  };
  if (grant.name !== undefined) entry.Name = grant.name;
  if (grant.granteePrincipal !== undefined) entry.GranteePrincipal = grant.granteePrincipal;
  if (grant.granteeServicePrincipal !== undefined)
    entry.GranteeServicePrincipal = grant.granteeServicePrincipal;
  if (grant.retiringPrincipal !== undefined) entry.RetiringPrincipal = grant.retiringPrincipal;
  if (grant.retiringServicePrincipal !== undefined)
    entry.RetiringServicePrincipal = grant.retiringServicePrincipal;
  if (grant.constraints !== undefined) entry.Constraints = { ...grant.constraints };
  return entry;
}

/** KMS grant ids are 64 lowercase hex digits (the GrantId example of RetireGrantRequest). */
const GRANT_ID = /^[0-9a-f]{64}$/;

/** A grant id that cannot be one KMS issued → InvalidGrantIdException (model: `InvalidGrantIdException`). */
export function checkGrantId(grantId: string): void {
  if (!GRANT_ID.test(grantId)) throw kmsError('InvalidGrantIdException', 'Invalid grant ID.');
}

/** Grant list paging: 50 a page by default, `Limit` at most 100 (ListGrantsRequest.Limit docs). */
export const GRANT_PAGE = 50;
export const MAX_GRANT_PAGE = 100;

export function checkGrantLimit(limit: number | undefined): void {
  if (limit !== undefined && limit > MAX_GRANT_PAGE)
    throw kmsError(
      'ValidationException',
      `1 validation error detected: Value '${limit}' at 'limit' failed to satisfy constraint: Member must have value less than or equal to ${MAX_GRANT_PAGE}`,
    );
}

/** Removes one grant from the key (RetireGrant, RevokeGrant); NotFoundException when it has no such grant. */
export async function removeGrant(
  ctx: MockContext,
  key: KeyRecord,
  grantId: string,
): Promise<void> {
  const grants = key.grants ?? [];
  const kept = grants.filter((g) => g.grantId !== grantId);
  if (kept.length === grants.length)
    throw kmsError('NotFoundException', `Grant ID ${grantId} not found`);
  const { grants: _old, ...rest } = key;
  await ctx.store.putKey(kept.length > 0 ? { ...rest, grants: kept } : rest);
}
