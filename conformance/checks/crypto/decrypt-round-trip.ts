import { CheckFailure } from '../../failure.js';
import { decode, expectSuccess } from '../../expect.js';
import { dataKey } from '../data-key.js';
import { defineCheck, pass } from '../define.js';
import { sameBytes } from '../bytes.js';

export default defineCheck({
  id: 'crypto.decrypt-round-trip',
  title: 'Decrypt returns the data key that GenerateDataKey gave, and the key ARN',
  area: 'crypto',
  rule: 'Decrypt of a GenerateDataKey ciphertext, without KeyId, returns the data key and the key ARN',
  evidence: ['docs.decrypt', 'docs.generate-data-key', 'model.response-key-arn'],
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric: key }) {
    const made = await dataKey(ctx, key, ['CiphertextBlob', 'Plaintext', 'KeyId']);
    const opened = expectSuccess(
      await ctx.send('Decrypt', { CiphertextBlob: made.CiphertextBlob }),
      'Decrypt',
      ['Plaintext', 'KeyId'],
    );
    if (!sameBytes(decode(opened.Plaintext), decode(made.Plaintext)))
      throw new CheckFailure('the same 32 plaintext bytes', 'different bytes');
    if (opened.KeyId !== key.arn)
      throw new CheckFailure(`KeyId ${key.arn}`, `KeyId ${String(opened.KeyId)}`);
    return pass();
  },
});
