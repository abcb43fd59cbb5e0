import { expectError } from '../../expect.js';
import { defineCheck, pass } from '../define.js';
import { seededUuid } from '../crypto/seeded.js';

export default defineCheck({
  id: 'keys.unknown-alias',
  title: 'GenerateDataKey with an alias that does not exist gets NotFoundException',
  area: 'keys',
  rule: 'An alias that does not exist is refused as NotFoundException',
  evidence: ['recorded.not-found', 'docs.key-id-forms'],
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
