import type { OperationInput, OperationOutput } from '../../contract/index.js';
import type { MockContext } from '../context.js';
import { stopIfDryRun } from '../dry-run.js';
import { checkGrantId, removeGrant } from '../grant-entry.js';
import { resolveKey } from '../resolve-key.js';

/**
 * Deletes the grant GrantId of the key (https://docs.aws.amazon.com/kms/latest/APIReference/API_RevokeGrant.html):
 * a grant id that is not one KMS could issue → InvalidGrantIdException, one the key does not have
 * → NotFoundException. Its tokens stop verifying at once.
 */
export function revokeGrant(
  ctx: MockContext,
  input: OperationInput<'RevokeGrant'>,
): Promise<OperationOutput<'RevokeGrant'>> {
  return ctx.exclusive(async () => {
    checkGrantId(input.GrantId);
    const key = await resolveKey(ctx, input.KeyId, { allowAlias: false });
    if ((key.grants ?? []).some((g) => g.grantId === input.GrantId)) stopIfDryRun(input);
    await removeGrant(ctx, key, input.GrantId);
    return undefined;
  });
}
