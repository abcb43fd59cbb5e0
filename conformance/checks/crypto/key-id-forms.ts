import { CheckFailure } from '../../failure.js';
import { decode, expectSuccess } from '../../expect.js';
import { defineCheck, pass } from '../define.js';
import { keyIdForms } from '../key-forms.js';
import { sameBytes } from '../bytes.js';

export default defineCheck({
  id: 'crypto.key-id-forms',
  title:
    'A data key made with the key id, key ARN, alias name or alias ARN decrypts when Decrypt names the key the same way',
  area: 'crypto',
  rule: 'GenerateDataKey and Decrypt.KeyId accept the key id, key ARN, alias name and alias ARN; replies name the key ARN',
  evidence: ['docs.key-id-forms', 'model.response-key-arn'],
  severity: 'required',
  needs: ['symmetric-key', 'alias'],
  async run(ctx, { symmetric: key, alias }) {
    for (const [form, id] of Object.entries(keyIdForms(key, alias))) {
      const made = expectSuccess(
        await ctx.send('GenerateDataKey', { KeyId: id, KeySpec: 'AES_256' }),
        'GenerateDataKey',
        ['CiphertextBlob', 'Plaintext', 'KeyId'],
      );
      if (made.KeyId !== key.arn)
        throw new CheckFailure(
          `GenerateDataKey by ${form} answers KeyId ${key.arn}`,
          `KeyId ${String(made.KeyId)}`,
        );
      const opened = expectSuccess(
        await ctx.send('Decrypt', { CiphertextBlob: made.CiphertextBlob, KeyId: id }),
        'Decrypt',
        ['Plaintext', 'KeyId'],
      );
      if (!sameBytes(decode(opened.Plaintext), decode(made.Plaintext)))
        throw new CheckFailure(
          `Decrypt naming the key by ${form} returns the data key`,
          'different bytes',
        );
      if (opened.KeyId !== key.arn)
        throw new CheckFailure(
          `Decrypt naming the key by ${form} answers KeyId ${key.arn}`,
          `KeyId ${String(opened.KeyId)}`,
        );
    }
    return pass();
  },
});
