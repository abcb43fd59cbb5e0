import { encode, expectError, expectRefusal } from '../../expect.js';
import { seededBytes } from '../crypto/seeded.js';
import { defineCheck, inCase, pass } from '../define.js';

export default defineCheck({
  id: 'validation.ciphertext-bounds',
  title:
    'Decrypt with CiphertextBlob missing, empty or over 6144 bytes is refused (ValidationException for the bounds)',
  area: 'validation',
  rule: 'CiphertextBlob is 1 to 6144 bytes: an empty or larger one is ValidationException; a missing one is refused with a 4xx',
  evidence: ['model.ciphertext-type', 'recorded.validation-exception', 'wire.error-envelope'],
  severity: 'required',
  async run(ctx) {
    const probe = { intendedValid: false };
    await inCase('no CiphertextBlob', async () =>
      expectRefusal(await ctx.send('Decrypt', {}, probe)),
    );
    await inCase('an empty CiphertextBlob', async () =>
      expectError(await ctx.send('Decrypt', { CiphertextBlob: '' }, probe), [
        'ValidationException',
      ]),
    );
    await inCase('a CiphertextBlob of 6145 bytes', async () =>
      expectError(
        await ctx.send(
          'Decrypt',
          { CiphertextBlob: encode(seededBytes(ctx.seed ^ 0x0b0b5, 6145)) },
          probe,
        ),
        ['ValidationException'],
      ),
    );
    return pass();
  },
});
