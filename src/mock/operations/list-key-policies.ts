import type { OperationInput, OperationOutput } from '../../contract/index.js';
import type { MockContext } from '../context.js';
import { POLICY_NAME } from '../key-policy.js';
import { page } from '../pagination.js';
import { resolveKey } from '../resolve-key.js';

/** Every key has exactly one policy, `default` (model: `ListKeyPoliciesResponse.PolicyNames`). */
export async function listKeyPolicies(
  ctx: MockContext,
  input: OperationInput<'ListKeyPolicies'>,
): Promise<OperationOutput<'ListKeyPolicies'>> {
  await resolveKey(ctx, input.KeyId, { allowAlias: false });
  const result = page([POLICY_NAME], input.Limit, input.Marker, 100);
  return {
    PolicyNames: result.items,
    Truncated: result.truncated,
    ...(result.nextMarker !== undefined ? { NextMarker: result.nextMarker } : {}),
  };
}
