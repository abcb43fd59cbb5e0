import { encode, expectSuccess } from '../../expect.js';
import { defineCheck, need, pass } from '../define.js';

export default defineCheck({
  id: 'schema.encrypt-response',
  title:
    'An Encrypt reply validates against the spec, with CiphertextBlob, KeyId and EncryptionAlgorithm',
  area: 'schema',
  rule: 'spec: #/components/schemas/EncryptResponse; kms-facts §8 (Encrypt output)',
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx) {
    const key = need(ctx.fixtures.symmetric, 'symmetric-key');
    const reply = await ctx.send('Encrypt', {
      KeyId: key.keyId,
      Plaintext: encode(new TextEncoder().encode('kms-contract schema probe')),
    });
    expectSuccess(reply, 'Encrypt', ['CiphertextBlob', 'KeyId', 'EncryptionAlgorithm']);
    return pass();
  },
});
