import type { OperationInput, OperationOutput } from '../../contract/index.js';
import { kmsError } from '../../errors/index.js';
import type { MockContext } from '../context.js';
import { resolveKey } from '../resolve-key.js';
import { checkTags, MAX_TAGS, mergeTags } from '../tag-rules.js';
import { assertChangeable } from './key-changes.js';

/** Adds tags to a key, or gives a tag key it has a new value (recorded: `TestKMS::test_update_and_add_tags_on_tagged_key`). */
export function tagResource(
  ctx: MockContext,
  input: OperationInput<'TagResource'>,
): Promise<OperationOutput<'TagResource'>> {
  return ctx.exclusive(async () => {
    checkTags(input.Tags);
    const key = await resolveKey(ctx, input.KeyId, { allowAlias: false });
    assertChangeable(ctx, key);
    const tags = mergeTags(key.tags ?? [], input.Tags);
    if (tags.length > MAX_TAGS) throw kmsError('TagException', 'Too many tags');
    await ctx.store.putKey({ ...key, tags });
    return undefined;
  });
}
