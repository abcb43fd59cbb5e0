import { CheckFailure } from '../../failure.js';
import { expectSuccess } from '../../expect.js';
import { dataKey } from '../data-key.js';
import { defineCheck, pass } from '../define.js';

export default defineCheck({
  id: 'binding.decrypt-reply-members',
  title: 'Decrypt answers KeyId (the key ARN), Plaintext and EncryptionAlgorithm SYMMETRIC_DEFAULT',
  area: 'binding',
  rule: 'A symmetric Decrypt reply names the key ARN and EncryptionAlgorithm SYMMETRIC_DEFAULT',
  evidence: ['docs.decrypt', 'recorded.decrypt-reply'],
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric: key }) {
    const made = await dataKey(ctx, key, ['CiphertextBlob']);
    const opened = expectSuccess(
      await ctx.send('Decrypt', { CiphertextBlob: made.CiphertextBlob }),
      'Decrypt',
      ['KeyId', 'Plaintext', 'EncryptionAlgorithm'],
    );
    if (opened.KeyId !== key.arn)
      throw new CheckFailure(`KeyId ${key.arn}`, `KeyId ${String(opened.KeyId)}`);
    if (opened.EncryptionAlgorithm !== 'SYMMETRIC_DEFAULT')
      throw new CheckFailure(
        'EncryptionAlgorithm SYMMETRIC_DEFAULT',
        `EncryptionAlgorithm ${String(opened.EncryptionAlgorithm)}`,
      );
    return pass();
  },
});
