import type { OperationInput, OperationOutput } from '../../contract/index.js';
import { bytesToHex, randomBytes } from '../../crypto/index.js';
import type { MockContext } from '../context.js';
import { stopIfDryRun } from '../dry-run.js';
import {
  checkGrantForKey,
  checkGrantLimits,
  checkGrantRequest,
  grantFields,
  sameNamedGrant,
} from '../grant-rules.js';
import { issueGrantToken } from '../grant-token-codec.js';
import { resolveKey } from '../resolve-key.js';

/**
 * Adds a grant to the key and returns its id and a token
 * (https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateGrant.html). A retry with the
 * same Name and identical parameters returns the grant already made, with a new token. The grant
 * is stored and listed; it authorises nothing, since the mock has no IAM.
 */
export function createGrant(
  ctx: MockContext,
  input: OperationInput<'CreateGrant'>,
): Promise<OperationOutput<'CreateGrant'>> {
  return ctx.exclusive(async () => {
    checkGrantRequest(input);
    const key = await resolveKey(ctx, input.KeyId, { allowAlias: false });
    checkGrantForKey(ctx, key, input);
    const fields = grantFields(input);
    const grants = key.grants ?? [];
    const existing = sameNamedGrant(grants, fields);
    if (!existing) checkGrantLimits(grants, fields);
    stopIfDryRun(input);
    if (existing)
      return { GrantId: existing.grantId, GrantToken: await issueGrantToken(key.keyId, existing) };
    const grant = {
      ...fields,
      grantId: bytesToHex(randomBytes(32)),
      createdAt: ctx.now(),
      tokenKey: bytesToHex(randomBytes(32)),
    };
    await ctx.store.putKey({ ...key, grants: [...grants, grant] });
    return { GrantId: grant.grantId, GrantToken: await issueGrantToken(key.keyId, grant) };
  });
}
