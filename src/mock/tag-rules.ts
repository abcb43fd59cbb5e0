import { kmsError } from '../errors/index.js';
import type { Tag } from '../keystore/index.js';

/** Tags a key may carry (AWS docs: https://docs.aws.amazon.com/kms/latest/developerguide/tagging-keys.html). */
export const MAX_TAGS = 50;

/**
 * The tag rules KMS applies beyond the model's lengths, with its messages (recorded:
 * `TestKMS::test_create_key_with_too_many_tags_raises_error`,
 * `TestKMS::test_create_key_with_invalid_tag_key[uppercase_prefix]`,
 * `TestKMS::test_tag_existing_key_with_invalid_tag_key`,
 * `TestKMS::test_tag_key_with_duplicate_tag_keys_raises_error`): at most 50 tags, no key under the
 * reserved `aws:` prefix in any letter case, no tag key twice in one request.
 */
export function checkTags(tags: readonly Tag[] | undefined): void {
  if (!tags) return;
  if (tags.length > MAX_TAGS) throw kmsError('TagException', 'Too many tags');
  if (tags.some((t) => t.TagKey.toLowerCase().startsWith('aws:')))
    throw kmsError('TagException', 'Tags beginning with aws: are reserved');
  if (new Set(tags.map((t) => t.TagKey)).size !== tags.length)
    throw kmsError('TagException', 'Duplicate tag keys');
}

/**
 * The key's tags after TagResource: a tag key it has keeps its place and takes the new value, new
 * keys follow in request order (recorded: `TestKMS::test_update_and_add_tags_on_tagged_key`).
 */
export function mergeTags(current: readonly Tag[], added: readonly Tag[]): Tag[] {
  const merged = new Map(current.map((t) => [t.TagKey, t.TagValue]));
  for (const t of added) merged.set(t.TagKey, t.TagValue);
  return [...merged].map(([TagKey, TagValue]) => ({ TagKey, TagValue }));
}
