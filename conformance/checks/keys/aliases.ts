import { expectError, expectRefusal, expectSuccess } from '../../expect.js';
import { CheckFailure } from '../../failure.js';
import { defineCheck, inCase, pass } from '../define.js';
import { withKey } from '../scratch.js';

export default defineCheck({
  id: 'keys.aliases',
  title:
    'ListAliases names the bare key id as TargetKeyId; a deleted alias is NotFound; a name without alias/ or under alias/aws/ is refused',
  area: 'keys',
  rule: 'An alias’s TargetKeyId is the bare key id; after DeleteAlias the alias is NotFoundException; CreateAlias without the alias/ prefix is ValidationException, and an alias/aws/ name is refused',
  evidence: [
    'docs.list-aliases',
    'docs.delete-alias',
    'recorded.alias-prefix',
    'docs.create-alias',
  ],
  severity: 'required',
  needs: ['key-creation'],
  async run(ctx) {
    await withKey(ctx, {}, async (key) => {
      const name = `alias/kms-contract-check-${ctx.seed.toString(36)}-${Date.now().toString(36)}`;
      expectSuccess(
        await ctx.send('CreateAlias', { AliasName: name, TargetKeyId: key.keyId }),
        'CreateAlias',
      );
      try {
        const listed = expectSuccess(
          await ctx.send('ListAliases', { KeyId: key.keyId }),
          'ListAliases',
          ['Aliases'],
        );
        const entry = (listed.Aliases ?? []).find((a) => a.AliasName === name);
        if (entry?.TargetKeyId !== key.keyId)
          throw new CheckFailure(
            `ListAliases: ${name} with TargetKeyId ${key.keyId}`,
            entry ? `TargetKeyId ${String(entry.TargetKeyId)}` : `${name} not listed`,
            { operation: 'ListAliases', actualStatus: 200 },
          );
      } finally {
        expectSuccess(await ctx.send('DeleteAlias', { AliasName: name }), 'DeleteAlias');
      }
      await inCase('DescribeKey of a deleted alias', async () =>
        expectError(await ctx.send('DescribeKey', { KeyId: name }), ['NotFoundException']),
      );
      await inCase('CreateAlias without the alias/ prefix', async () =>
        expectError(
          await ctx.send(
            'CreateAlias',
            { AliasName: 'kms-contract-no-prefix', TargetKeyId: key.keyId },
            { intendedValid: false },
          ),
          ['ValidationException'],
        ),
      );
      await inCase('CreateAlias under alias/aws/', async () =>
        expectRefusal(
          await ctx.send('CreateAlias', {
            AliasName: 'alias/aws/kms-contract',
            TargetKeyId: key.keyId,
          }),
        ),
      );
    });
    return pass();
  },
});
