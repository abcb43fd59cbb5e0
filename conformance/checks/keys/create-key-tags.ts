import { expectError } from '../../expect.js';
import type { CheckContext } from '../../types.js';
import { defineCheck, inCase, pass } from '../define.js';

/** CreateKey with these tags must be refused; a key made anyway is scheduled for deletion. */
export async function refusedTags(
  ctx: CheckContext,
  tags: Array<{ TagKey: string; TagValue: string }>,
  types: readonly string[],
): Promise<void> {
  const reply = await ctx.send(
    'CreateKey',
    { Description: 'kms-contract conformance tag probe', Tags: tags },
    { intendedValid: false },
  );
  const made = (reply.json as { KeyMetadata?: { KeyId?: unknown } } | undefined)?.KeyMetadata
    ?.KeyId;
  if (reply.status === 200 && typeof made === 'string')
    await ctx
      .send('ScheduleKeyDeletion', { KeyId: made, PendingWindowInDays: 7 })
      .catch(() => undefined);
  expectError(reply, types);
}

export default defineCheck({
  id: 'keys.create-key-tags',
  title:
    'CreateKey with a tag key beginning aws: (any case) or with more than 50 tags gets TagException',
  area: 'keys',
  rule: 'Tag keys beginning with aws:, in any letter case, are reserved; more than 50 tags are too many: both TagException',
  evidence: ['recorded.reserved-tag-key', 'recorded.too-many-tags'],
  severity: 'required',
  needs: ['key-creation'],
  async run(ctx) {
    for (const prefix of ['aws:', 'AWS:'])
      await inCase(`a tag key ${prefix}owner`, () =>
        refusedTags(ctx, [{ TagKey: `${prefix}owner`, TagValue: 'x' }], ['TagException']),
      );
    const many = Array.from({ length: 51 }, (_, i) => ({
      TagKey: `key${i}`,
      TagValue: `value${i}`,
    }));
    await inCase('51 tags', () => refusedTags(ctx, many, ['TagException']));
    return pass();
  },
});
