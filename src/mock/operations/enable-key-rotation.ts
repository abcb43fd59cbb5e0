import type { OperationInput, OperationOutput } from '../../contract/index.js';
import type { MockContext } from '../context.js';
import { assertEnabled } from '../key-rules.js';
import { assertCustomerManaged } from '../managed-keys.js';
import { assertNotReplica, shareRotation } from '../replica-keys.js';
import { resolveKey } from '../resolve-key.js';
import {
  assertAutomaticRotationOrigin,
  assertRotatableSpec,
  DAY_SECONDS,
  DEFAULT_ROTATION_PERIOD_DAYS,
} from '../rotation-rules.js';

/**
 * Turns automatic rotation on: the first rotation is RotationPeriodInDays (90..2560, checked by
 * the contract; 365 when absent) from now, then every period after (AWS docs: EnableKeyRotation).
 * On a key already rotating, a period given starts a new schedule from now; none keeps the
 * schedule. Refusals in KMS's order: the key's state (a disabled key is DisabledException,
 * recorded: `TestKMS::test_rotate_key_on_demand_raises_error_given_key_is_disabled`), its spec,
 * then whether it is a multi-Region replica (set on the primary, shared with its replicas:
 * replica-keys.ts), then its origin.
 */
export function enableKeyRotation(
  ctx: MockContext,
  input: OperationInput<'EnableKeyRotation'>,
): Promise<OperationOutput<'EnableKeyRotation'>> {
  return ctx.exclusive(async () => {
    const key = await resolveKey(ctx, input.KeyId, { allowAlias: false });
    assertCustomerManaged(ctx, key, 'EnableKeyRotation');
    assertEnabled(ctx, key);
    assertRotatableSpec(key);
    assertNotReplica(ctx, key);
    assertAutomaticRotationOrigin(ctx, key);
    if (key.rotation && input.RotationPeriodInDays === undefined) return undefined;
    const periodInDays = input.RotationPeriodInDays ?? DEFAULT_ROTATION_PERIOD_DAYS;
    const nextRotationDate = ctx.now() + periodInDays * DAY_SECONDS;
    const rotating = { ...key, rotation: { periodInDays, nextRotationDate } };
    await ctx.store.putKey(rotating);
    if (key.multiRegion) await shareRotation(ctx, rotating);
    ctx.deletions.scheduled(nextRotationDate);
    return undefined;
  });
}
