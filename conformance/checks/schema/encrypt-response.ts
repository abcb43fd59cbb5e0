import { encode, expectSuccess } from '../../expect.js';
import { defineCheck, pass } from '../define.js';

export default defineCheck({
  id: 'schema.encrypt-response',
  title:
    'An Encrypt reply validates against the spec, with CiphertextBlob, KeyId and EncryptionAlgorithm',
  area: 'schema',
  rule: 'An Encrypt reply is valid against the spec and carries CiphertextBlob, KeyId, EncryptionAlgorithm',
  evidence: ['model.output-members', 'recorded.encrypt-reply'],
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric: key }) {
    const reply = await ctx.send('Encrypt', {
      KeyId: key.keyId,
      Plaintext: encode(new TextEncoder().encode('kms-contract schema probe')),
    });
    expectSuccess(reply, 'Encrypt', ['CiphertextBlob', 'KeyId', 'EncryptionAlgorithm']);
    return pass();
  },
});
