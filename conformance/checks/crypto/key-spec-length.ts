import { CheckFailure } from '../../failure.js';
import { decode, expectSuccess } from '../../expect.js';
import { defineCheck, pass } from '../define.js';

export default defineCheck({
  id: 'crypto.key-spec-length',
  title: 'KeySpec AES_128 gives a 16-byte data key and AES_256 a 32-byte one',
  area: 'crypto',
  rule: 'KeySpec AES_256 makes a 32-byte data key, AES_128 a 16-byte one',
  evidence: ['docs.generate-data-key', 'model.data-key-spec'],
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric: key }) {
    for (const [spec, length] of [
      ['AES_128', 16],
      ['AES_256', 32],
    ] as const) {
      const made = expectSuccess(
        await ctx.send('GenerateDataKey', { KeyId: key.keyId, KeySpec: spec }),
        'GenerateDataKey',
        ['Plaintext'],
      );
      const got = decode(made.Plaintext).length;
      if (got !== length)
        throw new CheckFailure(`a ${length}-byte data key for ${spec}`, `${got} bytes`);
    }
    return pass();
  },
});
