import type { OperationInput, OperationOutput } from '../../contract/index.js';
import type { MockContext } from '../context.js';
import { resolveKey } from '../resolve-key.js';
import { assertChangeable } from './key-changes.js';

/** Replaces the key's description, which DescribeKey then shows; `""` clears it. */
export function updateKeyDescription(
  ctx: MockContext,
  input: OperationInput<'UpdateKeyDescription'>,
): Promise<OperationOutput<'UpdateKeyDescription'>> {
  return ctx.exclusive(async () => {
    const key = await resolveKey(ctx, input.KeyId, { allowAlias: false });
    assertChangeable(ctx, key);
    await ctx.store.putKey({ ...key, description: input.Description });
    return undefined;
  });
}
