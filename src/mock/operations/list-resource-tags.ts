import type { OperationInput, OperationOutput } from '../../contract/index.js';
import { kmsError } from '../../errors/index.js';
import type { MockContext } from '../context.js';
import { page } from '../pagination.js';
import { resolveKey } from '../resolve-key.js';
import { MAX_TAGS } from '../tag-rules.js';

/**
 * The key's tags in the order they were added, 50 a page (model: `ListResourceTagsRequest.Limit`
 * is 1..50 here, though its shared LimitType allows 1000); no tags is an empty list (recorded:
 * `TestKMS::test_tag_existing_key_and_untag`).
 */
export async function listResourceTags(
  ctx: MockContext,
  input: OperationInput<'ListResourceTags'>,
): Promise<OperationOutput<'ListResourceTags'>> {
  if (input.Limit !== undefined && input.Limit > MAX_TAGS)
    throw kmsError(
      'ValidationException',
      `1 validation error detected: Value '${input.Limit}' at 'limit' failed to satisfy constraint: Member must have value less than or equal to ${MAX_TAGS}`,
    );
  const key = await resolveKey(ctx, input.KeyId, { allowAlias: false });
  const result = page(key.tags ?? [], input.Limit, input.Marker, MAX_TAGS);
  return {
    Tags: result.items,
    Truncated: result.truncated,
    ...(result.nextMarker !== undefined ? { NextMarker: result.nextMarker } : {}),
  };
}
