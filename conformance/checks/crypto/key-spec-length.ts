import { CheckFailure } from '../../failure.js';
import { decode, expectSuccess } from '../../expect.js';
import { defineCheck, need, pass } from '../define.js';

export default defineCheck({
  id: 'crypto.key-spec-length',
  title: 'KeySpec AES_128 gives a 16-byte data key and AES_256 a 32-byte one',
  area: 'crypto',
  rule: 'kms-facts §7 (KeySpec AES_256 = 32 B, AES_128 = 16 B); localstack#10126 ignored it',
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx) {
    const key = need(ctx.fixtures.symmetric, 'symmetric-key');
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
