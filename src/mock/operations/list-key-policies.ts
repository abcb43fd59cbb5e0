import type { OperationInput, OperationOutput } from '../../contract/index.js';
import type { MockContext } from '../context.js';
import { POLICY_NAME } from '../key-policy.js';
import { resolveKey } from '../resolve-key.js';

/**
 * Every key has exactly one policy, `default` (model: `ListKeyPoliciesResponse.PolicyNames`), so
 * the list is never truncated and no NextMarker is ever handed out. The model declares no
 * InvalidMarkerException here, so a Marker (which can only be made up) is not judged.
 */
export async function listKeyPolicies(
  ctx: MockContext,
  input: OperationInput<'ListKeyPolicies'>,
): Promise<OperationOutput<'ListKeyPolicies'>> {
  await resolveKey(ctx, input.KeyId, { allowAlias: false });
  return { PolicyNames: [POLICY_NAME], Truncated: false };
}
