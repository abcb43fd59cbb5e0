import type { OperationInput, OperationOutput } from '../../contract/index.js';
import { keyArn } from '../config.js';
import type { MockContext } from '../context.js';
import { resolveKey } from '../resolve-key.js';
import { assertRotatableSpec } from '../rotation-rules.js';

/**
 * Whether automatic rotation is on, with its period and next date while it is (recorded:
 * `TestKMS::test_key_enable_rotation_status[90]`; off shows KeyRotationEnabled alone, recorded:
 * `TestKMS::test_rotate_key_on_demand_with_symmetric_key_and_automatic_rotation_disabled`).
 * Works on a disabled key; a key pending deletion reports false, and its schedule returns if the
 * deletion is cancelled (AWS docs: GetKeyRotationStatus). KeyId is the key ARN (recorded:
 * `TestKMS::test_rotate_on_demand_returns_arn_for_key_id` shows the rotation operations answer
 * with the ARN). On-demand rotations complete at once, so OnDemandRotationStartDate never shows.
 */
export async function getKeyRotationStatus(
  ctx: MockContext,
  input: OperationInput<'GetKeyRotationStatus'>,
): Promise<OperationOutput<'GetKeyRotationStatus'>> {
  const key = await resolveKey(ctx, input.KeyId, { allowAlias: false });
  assertRotatableSpec(key);
  const KeyId = keyArn(ctx.config, key.keyId);
  const { rotation } = key;
  const deleting = key.keyState === 'PendingDeletion' || key.keyState === 'PendingReplicaDeletion';
  if (!rotation || deleting) return { KeyId, KeyRotationEnabled: false };
  return {
    KeyId,
    KeyRotationEnabled: true,
    RotationPeriodInDays: rotation.periodInDays,
    NextRotationDate: rotation.nextRotationDate,
  };
}
