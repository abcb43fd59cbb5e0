import { decode, expectError, expectSuccess } from '../../expect.js';
import { CheckFailure } from '../../failure.js';
import { defineCheck, pass } from '../define.js';
import { limits } from './limits.js';

export default defineCheck({
  id: 'validation.generate-random-bounds',
  title:
    'GenerateRandom accepts NumberOfBytes 1 and 1024; 0, 1025 and none get ValidationException',
  area: 'validation',
  rule: 'GenerateRandom NumberOfBytes 0, 1025 or none is refused as ValidationException',
  evidence: [
    'recorded.validation-exception',
    'recorded.number-of-bytes-too-large',
    'recorded.number-of-bytes-required',
  ],
  severity: 'required',
  async run(ctx) {
    const { min, max } = limits.numberOfBytes;
    for (const n of [min, max]) {
      const body = expectSuccess(
        await ctx.send('GenerateRandom', { NumberOfBytes: n }),
        'GenerateRandom',
        ['Plaintext'],
      );
      const length = decode(body.Plaintext).length;
      if (length !== n) throw new CheckFailure(`${n} random bytes`, `${length} bytes`);
    }
    for (const body of [{ NumberOfBytes: min - 1 }, { NumberOfBytes: max + 1 }, {}]) {
      expectError(await ctx.send('GenerateRandom', body, { intendedValid: false }), [
        'ValidationException',
      ]);
    }
    return pass();
  },
});
