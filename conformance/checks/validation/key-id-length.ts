import { expectError } from '../../expect.js';
import { CheckFailure } from '../../failure.js';
import { defineCheck, pass } from '../define.js';
import { limits } from './limits.js';

export default defineCheck({
  id: 'validation.key-id-length',
  title:
    'A missing, empty or over-long KeyId gets ValidationException; a malformed in-range one NotFoundException',
  area: 'validation',
  rule: 'A KeyId that is empty or over 2048 characters is refused (ValidationException, or NotFoundException as KMS answers malformed ids)',
  evidence: ['model.key-id-type', 'recorded.validation-exception', 'recorded.key-id-not-validated'],
  severity: 'required',
  async run(ctx) {
    const tooLong = 'k'.repeat(limits.keyId.max + 1);
    for (const [what, body] of [
      ['no KeyId', { KeySpec: 'AES_256' }],
      ['KeyId ""', { KeyId: '', KeySpec: 'AES_256' }],
      [`a ${tooLong.length}-character KeyId`, { KeyId: tooLong, KeySpec: 'AES_256' }],
    ] as const) {
      const reply = await ctx.send('GenerateDataKey', body, { intendedValid: false });
      try {
        expectError(reply, ['ValidationException']);
      } catch (error) {
        throw error instanceof CheckFailure
          ? new CheckFailure(`${error.expected} for ${what}`, error.actual)
          : error;
      }
    }
    // The longest legal length is a lookup, not a validation failure: the format is not in the schema.
    const longest = await ctx.send('GenerateDataKey', {
      KeyId: 'k'.repeat(limits.keyId.max),
      KeySpec: 'AES_256',
    });
    expectError(longest, ['NotFoundException']);
    return pass();
  },
});
