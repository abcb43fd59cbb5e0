import { expectError } from '../../expect.js';
import { dataKey } from '../data-key.js';
import { defineCheck, pass } from '../define.js';

export default defineCheck({
  id: 'binding.incorrect-key',
  title: 'Decrypt naming another key than the one that made the blob gets IncorrectKeyException',
  area: 'binding',
  rule: "Decrypt naming a key other than the ciphertext's is IncorrectKeyException",
  evidence: ['recorded.incorrect-key', 'docs.decrypt'],
  severity: 'required',
  needs: ['symmetric-key', 'second-key'],
  async run(ctx, { symmetric: key, second: other }) {
    const made = await dataKey(ctx, key, ['CiphertextBlob']);
    expectError(
      await ctx.send('Decrypt', { CiphertextBlob: made.CiphertextBlob, KeyId: other.keyId }),
      ['IncorrectKeyException'],
    );
    return pass();
  },
});
