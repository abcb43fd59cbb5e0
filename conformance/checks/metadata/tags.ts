import { expectSuccess } from '../../expect.js';
import { CheckFailure } from '../../failure.js';
import type { CheckContext } from '../../types.js';

/** A tag as the wire spells it. */
export interface Tag {
  TagKey: string;
  TagValue: string;
}

/** The key's tags as ListResourceTags lists them (one page: the checks set at most five). */
export async function listedTags(ctx: CheckContext, keyId: string): Promise<Tag[]> {
  const listed = expectSuccess(
    await ctx.send('ListResourceTags', { KeyId: keyId }),
    'ListResourceTags',
    ['Tags'],
  );
  return listed.Tags ?? [];
}

const spelled = (tags: readonly Tag[]) =>
  tags
    .map((t) => `${t.TagKey}=${t.TagValue}`)
    .sort()
    .join(', ') || '(none)';

/** ListResourceTags lists exactly `want`, in any order (no source promises one). */
export async function expectTags(
  ctx: CheckContext,
  keyId: string,
  want: readonly Tag[],
  after: string,
): Promise<void> {
  const got = await listedTags(ctx, keyId);
  if (spelled(got) !== spelled(want))
    throw new CheckFailure(`ListResourceTags after ${after}: ${spelled(want)}`, spelled(got), {
      operation: 'ListResourceTags',
      actualStatus: 200,
      kind: 'content',
    });
}
