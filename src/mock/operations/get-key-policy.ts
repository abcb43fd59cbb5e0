import type { OperationInput, OperationOutput } from '../../contract/index.js';
import type { MockContext } from '../context.js';
import { checkPolicyName, policyOf, POLICY_NAME } from '../key-policy.js';
import { resolveKey } from '../resolve-key.js';

/** The key's policy document as stored (the default key policy until one is put). */
export async function getKeyPolicy(
  ctx: MockContext,
  input: OperationInput<'GetKeyPolicy'>,
): Promise<OperationOutput<'GetKeyPolicy'>> {
  checkPolicyName(input.PolicyName);
  const key = await resolveKey(ctx, input.KeyId, { allowAlias: false });
  return { Policy: policyOf(ctx.config, key), PolicyName: POLICY_NAME };
}
