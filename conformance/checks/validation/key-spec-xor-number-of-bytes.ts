import { expectError } from '../../expect.js';
import { defineCheck, need, pass } from '../define.js';

export default defineCheck({
  id: 'validation.key-spec-xor-number-of-bytes',
  title:
    'GenerateDataKey with both or neither of KeySpec and NumberOfBytes gets ValidationException',
  area: 'validation',
  rule: 'kms-facts §7 (exactly one of KeySpec / NumberOfBytes; ValidationException); GenerateDataKey docs, KeySpec',
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx) {
    const key = need(ctx.fixtures.symmetric, 'symmetric-key');
    // Both agree on 32 bytes, so only the rule itself can refuse it (LocalStack ignores it: kms-facts §14).
    const both = await ctx.send(
      'GenerateDataKey',
      { KeyId: key.keyId, KeySpec: 'AES_256', NumberOfBytes: 32 },
      { intendedValid: false },
    );
    expectError(both, ['ValidationException']);
    const neither = await ctx.send(
      'GenerateDataKey',
      { KeyId: key.keyId },
      { intendedValid: false },
    );
    expectError(neither, ['ValidationException']);
    return pass();
  },
});
