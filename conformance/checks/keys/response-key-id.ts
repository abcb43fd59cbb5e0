import { CheckFailure } from '../../failure.js';
import { encode, expectSuccess } from '../../expect.js';
import { defineCheck, pass } from '../define.js';
import { keyIdForms } from '../key-forms.js';

export default defineCheck({
  id: 'keys.response-key-id',
  title:
    'GenerateDataKey, GenerateDataKeyWithoutPlaintext and Encrypt answer KeyId as the key ARN for key id, key ARN, alias and alias ARN',
  area: 'keys',
  rule: 'Replies name the key by key ARN whichever form the request used',
  evidence: ['model.response-key-arn', 'docs.key-id-forms'],
  severity: 'required',
  needs: ['symmetric-key', 'alias'],
  async run(ctx, { symmetric: key, alias }) {
    for (const [form, id] of Object.entries(keyIdForms(key, alias))) {
      const replies = {
        GenerateDataKey: expectSuccess(
          await ctx.send('GenerateDataKey', { KeyId: id, KeySpec: 'AES_256' }),
          'GenerateDataKey',
          ['KeyId'],
        ).KeyId,
        GenerateDataKeyWithoutPlaintext: expectSuccess(
          await ctx.send('GenerateDataKeyWithoutPlaintext', { KeyId: id, KeySpec: 'AES_256' }),
          'GenerateDataKeyWithoutPlaintext',
          ['KeyId'],
        ).KeyId,
        Encrypt: expectSuccess(
          await ctx.send('Encrypt', { KeyId: id, Plaintext: encode(new Uint8Array([1, 2, 3])) }),
          'Encrypt',
          ['KeyId'],
        ).KeyId,
      };
      for (const [operation, keyId] of Object.entries(replies)) {
        if (keyId !== key.arn)
          throw new CheckFailure(
            `${operation} with the ${form} answers KeyId ${key.arn}`,
            `KeyId ${String(keyId)}`,
          );
      }
    }
    return pass();
  },
});
