import { expectError, expectRefusal } from '../../expect.js';
import { defineCheck, pass } from '../define.js';

export default defineCheck({
  id: 'validation.key-spec-xor-number-of-bytes',
  title:
    'GenerateDataKey with neither KeySpec nor NumberOfBytes gets ValidationException, with both a 4xx refusal',
  area: 'validation',
  rule: 'GenerateDataKey with neither KeySpec nor NumberOfBytes is ValidationException; with both it is refused',
  evidence: ['docs.key-spec-xor-number-of-bytes', 'recorded.validation-exception'],
  tolerates: ['inference.validation-type-for-rules'],
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric: key }) {
    // Both agree on 32 bytes, so only the rule itself can refuse it. The docs say "not both" but no
    // recording shows the error, so any 4xx refusal passes; ValidationException is only likely.
    const both = await ctx.send(
      'GenerateDataKey',
      { KeyId: key.keyId, KeySpec: 'AES_256', NumberOfBytes: 32 },
      { intendedValid: false },
    );
    expectRefusal(both);
    const neither = await ctx.send(
      'GenerateDataKey',
      { KeyId: key.keyId },
      { intendedValid: false },
    );
    expectError(neither, ['ValidationException']);
    return pass();
  },
});
