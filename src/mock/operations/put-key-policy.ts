import type { OperationInput, OperationOutput } from '../../contract/index.js';
import type { MockContext } from '../context.js';
import { checkPolicyDocument, checkPolicyName } from '../key-policy.js';
import { resolveKey } from '../resolve-key.js';

/**
 * Stores the key's policy document exactly as sent; GetKeyPolicy returns it. The mock has no IAM,
 * so the policy grants and denies nothing, and the lockout safety check has nothing to protect.
 */
export function putKeyPolicy(
  ctx: MockContext,
  input: OperationInput<'PutKeyPolicy'>,
): Promise<OperationOutput<'PutKeyPolicy'>> {
  return ctx.exclusive(async () => {
    checkPolicyName(input.PolicyName);
    checkPolicyDocument(input.Policy);
    const key = await resolveKey(ctx, input.KeyId, { allowAlias: false });
    await ctx.store.putKey({ ...key, policy: input.Policy });
    return undefined;
  });
}
