import type { OperationInput, OperationOutput } from '../../contract/index.js';
import type { MockContext } from '../context.js';
import { resolveKey } from '../resolve-key.js';
import { assertChangeable } from './key-changes.js';

/**
 * Removes the named tags; a tag key the key does not have is no error (recorded:
 * `TestKMS::test_untag_key_partially`, `TestKMS::test_tag_existing_key_and_untag`).
 */
export function untagResource(
  ctx: MockContext,
  input: OperationInput<'UntagResource'>,
): Promise<OperationOutput<'UntagResource'>> {
  return ctx.exclusive(async () => {
    const key = await resolveKey(ctx, input.KeyId, { allowAlias: false });
    assertChangeable(ctx, key);
    const removed = new Set(input.TagKeys);
    const tags = (key.tags ?? []).filter((t) => !removed.has(t.TagKey));
    await ctx.store.putKey({ ...key, tags });
    return undefined;
  });
}
