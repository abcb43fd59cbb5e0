import { expectSuccess } from '../../expect.js';
import { defineCheck, pass } from '../define.js';

export default defineCheck({
  id: 'schema.decrypt-response',
  title:
    'A Decrypt reply validates against the spec, with Plaintext, KeyId and EncryptionAlgorithm',
  area: 'schema',
  rule: 'A Decrypt reply is valid against the spec and carries KeyId, Plaintext, EncryptionAlgorithm',
  evidence: ['model.output-members', 'recorded.decrypt-reply'],
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric: key }) {
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
