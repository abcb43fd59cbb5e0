/** Key identifier shapes (evidence `docs.key-id-forms`). */

const KEY_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MULTI_REGION_KEY_ID = /^mrk-[0-9a-f]{32}$/;

/** A bare key id: lowercase UUID, or `mrk-` + 32 lowercase hex for a multi-Region key. */
export function isKeyId(value: string): boolean {
  return KEY_ID.test(value) || MULTI_REGION_KEY_ID.test(value);
}

/** Multi-Region key ids, and only they, start with `mrk-`. */
export function isMultiRegionKeyId(value: string): boolean {
  return MULTI_REGION_KEY_ID.test(value);
}

/**
 * An alias name a customer may create: `alias/` + letters, digits, `/`, `_`, `-` (the documented
 * set; the model also admits `:`, which KMS refuses), at most 256 characters, and not under the
 * reserved `alias/aws/` prefix (evidence `docs.key-id-forms`).
 */
export function isCustomerAliasName(value: string): boolean {
  return (
    value.length <= 256 && /^alias\/[a-zA-Z0-9/_-]+$/.test(value) && !value.startsWith('alias/aws/')
  );
}
