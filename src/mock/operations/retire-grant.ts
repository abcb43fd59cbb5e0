import type { OperationInput, OperationOutput } from '../../contract/index.js';
import { kmsError } from '../../errors/index.js';
import type { MockContext } from '../context.js';
import { stopIfDryRun } from '../dry-run.js';
import { checkGrantId, removeGrant } from '../grant-entry.js';
import { grantOfToken } from '../grant-token-codec.js';
import { resolveKey } from '../resolve-key.js';

/**
 * Deletes a grant named by its token, or by KeyId and GrantId together
 * (https://docs.aws.amazon.com/kms/latest/APIReference/API_RetireGrant.html). A token that does
 * not verify, or whose grant is gone, → InvalidGrantTokenException; with both forms given they
 * must name the same grant. Who may retire is not checked: the mock has no IAM.
 */
export function retireGrant(
  ctx: MockContext,
  input: OperationInput<'RetireGrant'>,
): Promise<OperationOutput<'RetireGrant'>> {
  return ctx.exclusive(async () => {
    const { GrantToken: token, KeyId: keyId, GrantId: grantId } = input;
    if ((keyId === undefined) !== (grantId === undefined) || (token ?? keyId) === undefined)
      throw kmsError(
        'ValidationException',
        'Specify either GrantToken, or both KeyId and GrantId, to identify the grant.',
      );
    if (grantId !== undefined) checkGrantId(grantId);
    const named =
      keyId !== undefined ? await resolveKey(ctx, keyId, { allowAlias: false }) : undefined;
    const byToken = token !== undefined ? await grantOfToken(ctx, token) : undefined;
    if (
      byToken &&
      named &&
      (byToken.key.keyId !== named.keyId || byToken.grant.grantId !== grantId)
    )
      throw kmsError('ValidationException', 'GrantToken and GrantId name different grants.');
    const key = byToken?.key ?? named;
    const id = byToken?.grant.grantId ?? grantId;
    if (!key || id === undefined) throw new Error('unreachable: checked above');
    // DryRun answers only once the grant is known to exist (removeGrant refuses an unknown one).
    if ((key.grants ?? []).some((g) => g.grantId === id)) stopIfDryRun(input);
    await removeGrant(ctx, key, id);
    return undefined;
  });
}
