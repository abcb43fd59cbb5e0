import { expectSuccess } from '../../expect.js';
import { CheckFailure } from '../../failure.js';
import type { CheckContext } from '../../types.js';
import { defineCheck, pass } from '../define.js';
import { withKey } from '../scratch.js';

async function describedAs(ctx: CheckContext, keyId: string, want: string): Promise<void> {
  const described = expectSuccess(await ctx.send('DescribeKey', { KeyId: keyId }), 'DescribeKey', [
    'KeyMetadata',
  ]);
  const got = described.KeyMetadata?.Description;
  if (got !== want)
    throw new CheckFailure(`DescribeKey Description ${JSON.stringify(want)}`, JSON.stringify(got), {
      operation: 'DescribeKey',
      actualStatus: 200,
      kind: 'content',
    });
}

export default defineCheck({
  id: 'metadata.update-key-description',
  title: 'UpdateKeyDescription, by key id or key ARN, replaces the description DescribeKey shows',
  area: 'metadata',
  rule: 'After UpdateKeyDescription (KeyId a key id or a key ARN), DescribeKey’s KeyMetadata.Description is the new description',
  evidence: ['docs.update-key-description'],
  severity: 'required',
  needs: ['key-creation'],
  async run(ctx) {
    await withKey(ctx, { Description: 'kms-contract conformance before' }, async (key) => {
      await describedAs(ctx, key.keyId, 'kms-contract conformance before');
      const next = `kms-contract conformance after ${ctx.seed.toString(36)}`;
      expectSuccess(
        await ctx.send('UpdateKeyDescription', { KeyId: key.keyId, Description: next }),
        'UpdateKeyDescription',
      );
      await describedAs(ctx, key.keyId, next);
      expectSuccess(
        await ctx.send('UpdateKeyDescription', { KeyId: key.arn, Description: `${next} again` }),
        'UpdateKeyDescription',
      );
      await describedAs(ctx, key.keyId, `${next} again`);
    });
    return pass();
  },
});
