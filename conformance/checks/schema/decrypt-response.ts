import { expectSuccess } from '../../expect.js';
import { defineCheck, need, pass } from '../define.js';

export default defineCheck({
  id: 'schema.decrypt-response',
  title:
    'A Decrypt reply validates against the spec, with Plaintext, KeyId and EncryptionAlgorithm',
  area: 'schema',
  rule: 'spec: #/components/schemas/DecryptResponse; kms-facts §8 (Decrypt output)',
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx) {
    const key = need(ctx.fixtures.symmetric, 'symmetric-key');
    const made = expectSuccess(
      await ctx.send('GenerateDataKey', { KeyId: key.keyId, KeySpec: 'AES_256' }),
      'GenerateDataKey',
      ['CiphertextBlob'],
    );
    const reply = await ctx.send('Decrypt', { CiphertextBlob: made.CiphertextBlob });
    expectSuccess(reply, 'Decrypt', ['Plaintext', 'KeyId', 'EncryptionAlgorithm']);
    return pass();
  },
});
