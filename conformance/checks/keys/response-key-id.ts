import { CheckFailure } from '../../failure.js';
import { encode, expectSuccess } from '../../expect.js';
import { defineCheck, need, pass } from '../define.js';
import { keyIdForms } from '../key-forms.js';

export default defineCheck({
  id: 'keys.response-key-id',
  title:
    'GenerateDataKey, GenerateDataKeyWithoutPlaintext and Encrypt answer KeyId as the key ARN for key id, key ARN, alias and alias ARN',
  area: 'keys',
  rule: 'kms-facts §5 (responses always name the key by key ARN in KeyId, even when the request used an alias)',
  severity: 'required',
  needs: ['symmetric-key', 'alias'],
  async run(ctx) {
    const key = need(ctx.fixtures.symmetric, 'symmetric-key');
    const alias = need(ctx.fixtures.alias, 'alias');
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
