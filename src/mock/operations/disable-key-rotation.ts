import type { OperationInput, OperationOutput } from '../../contract/index.js';
import type { MockContext } from '../context.js';
import { assertEnabled } from '../key-rules.js';
import { assertCustomerManaged } from '../managed-keys.js';
import { assertNotReplica, shareRotation } from '../replica-keys.js';
import { resolveKey } from '../resolve-key.js';
import { assertAutomaticRotationOrigin, assertRotatableSpec } from '../rotation-rules.js';

/**
 * Turns automatic rotation off; the materials of earlier rotations stay and keep decrypting what
 * they sealed. The same refusals as EnableKeyRotation, in the same order.
 */
export function disableKeyRotation(
  ctx: MockContext,
  input: OperationInput<'DisableKeyRotation'>,
): Promise<OperationOutput<'DisableKeyRotation'>> {
  return ctx.exclusive(async () => {
    const key = await resolveKey(ctx, input.KeyId, { allowAlias: false });
    assertCustomerManaged(ctx, key, 'DisableKeyRotation');
    assertEnabled(ctx, key);
    assertRotatableSpec(key);
    assertNotReplica(ctx, key);
    assertAutomaticRotationOrigin(ctx, key);
    if (key.rotation) {
      const { rotation: _off, ...rest } = key;
      await ctx.store.putKey(rest);
      if (key.multiRegion) await shareRotation(ctx, rest);
    }
    return undefined;
  });
}
