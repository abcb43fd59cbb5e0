import { expectError } from '../../expect.js';
import { defineCheck, pass } from '../define.js';
import { seededUuid } from '../crypto/seeded.js';

export default defineCheck({
  id: 'keys.unknown-alias',
  title: 'GenerateDataKey with an alias that does not exist gets NotFoundException',
  area: 'keys',
  rule: 'kms-facts §7 (NotFoundException: key/alias does not exist), §14 (missing alias message)',
  severity: 'required',
  async run(ctx) {
    expectError(
      await ctx.send('GenerateDataKey', {
        KeyId: `alias/kms-contract-missing-${seededUuid(ctx.seed)}`,
        KeySpec: 'AES_256',
      }),
      ['NotFoundException'],
    );
    return pass();
  },
});
