import { expectError, expectRefusal, expectSuccess } from '../../expect.js';
import { CheckFailure } from '../../failure.js';
import type { CheckContext } from '../../types.js';
import { defineCheck, inCase, pass } from '../define.js';
import { withKey } from '../scratch.js';

/** The key id DescribeKey of the alias answers with. */
async function keyBehind(ctx: CheckContext, alias: string): Promise<string> {
  const described = expectSuccess(await ctx.send('DescribeKey', { KeyId: alias }), 'DescribeKey', [
    'KeyMetadata',
  ]);
  return String(described.KeyMetadata?.KeyId);
}

export default defineCheck({
  id: 'metadata.update-alias',
  title:
    'UpdateAlias points an alias at another key; an unknown alias is NotFoundException, and an alias as the target or a key of another key usage is refused',
  area: 'metadata',
  rule: 'After UpdateAlias the alias names the new key (DescribeKey, ListAliases); UpdateAlias of an alias that does not exist is NotFoundException; TargetKeyId must be a key id or key ARN, not an alias, and of the same key usage as the current key',
  evidence: ['docs.update-alias', 'docs.list-aliases'],
  severity: 'required',
  needs: ['key-creation'],
  async run(ctx) {
    await withKey(ctx, {}, (first) =>
      withKey(ctx, {}, async (second) => {
        const name = `alias/kms-contract-update-${ctx.seed.toString(36)}-${Date.now().toString(36)}`;
        expectSuccess(
          await ctx.send('CreateAlias', { AliasName: name, TargetKeyId: first.keyId }),
          'CreateAlias',
        );
        try {
          expectSuccess(
            await ctx.send('UpdateAlias', { AliasName: name, TargetKeyId: second.arn }),
            'UpdateAlias',
          );
          const behind = await keyBehind(ctx, name);
          if (behind !== second.keyId)
            throw new CheckFailure(
              `DescribeKey of ${name} after UpdateAlias: ${second.keyId}`,
              behind,
              { operation: 'DescribeKey', actualStatus: 200, kind: 'content' },
            );
          const listed = expectSuccess(
            await ctx.send('ListAliases', { KeyId: second.keyId }),
            'ListAliases',
            ['Aliases'],
          );
          const entry = (listed.Aliases ?? []).find((a) => a.AliasName === name);
          if (entry?.TargetKeyId !== second.keyId)
            throw new CheckFailure(
              `ListAliases of ${second.keyId}: ${name} with TargetKeyId ${second.keyId}`,
              entry ? `TargetKeyId ${String(entry.TargetKeyId)}` : `${name} not listed`,
              { operation: 'ListAliases', actualStatus: 200, kind: 'content' },
            );
          await inCase('an alias as TargetKeyId', async () =>
            expectRefusal(await ctx.send('UpdateAlias', { AliasName: name, TargetKeyId: name })),
          );
          await inCase('a key of another key usage', () =>
            withKey(ctx, { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' }, async (mac) =>
              expectRefusal(
                await ctx.send('UpdateAlias', { AliasName: name, TargetKeyId: mac.keyId }),
              ),
            ),
          );
          if ((await keyBehind(ctx, name)) !== second.keyId)
            throw new CheckFailure(
              `${name} still naming ${second.keyId} after refused UpdateAlias requests`,
              'another key',
              { operation: 'DescribeKey', actualStatus: 200, kind: 'content' },
            );
        } finally {
          await ctx.send('DeleteAlias', { AliasName: name }).catch(() => undefined);
        }
        await inCase('an alias that does not exist', async () =>
          expectError(
            await ctx.send('UpdateAlias', { AliasName: name, TargetKeyId: second.keyId }),
            ['NotFoundException'],
          ),
        );
      }),
    );
    return pass();
  },
});
