import { CheckFailure } from '../../failure.js';
import { decode, expectError, expectSuccess } from '../../expect.js';
import { defineCheck, pass } from '../define.js';

export default defineCheck({
  id: 'validation.number-of-bytes-boundaries',
  title: 'NumberOfBytes 1 and 1024 are accepted; 0 and 1025 get ValidationException',
  area: 'validation',
  rule: 'NumberOfBytes 0 and 1025 are ValidationException; 1 and 1024 succeed',
  evidence: ['model.number-of-bytes', 'recorded.validation-exception'],
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric: key }) {
    for (const n of [1, 1024]) {
      const made = expectSuccess(
        await ctx.send('GenerateDataKey', { KeyId: key.keyId, NumberOfBytes: n }),
        'GenerateDataKey',
        ['Plaintext'],
      );
      const length = decode(made.Plaintext).length;
      if (length !== n) throw new CheckFailure(`a ${n}-byte data key`, `${length} bytes`);
    }
    for (const n of [0, 1025]) {
      expectError(
        await ctx.send(
          'GenerateDataKey',
          { KeyId: key.keyId, NumberOfBytes: n },
          { intendedValid: false },
        ),
        ['ValidationException'],
      );
    }
    return pass();
  },
});
