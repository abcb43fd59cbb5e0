import { expectSuccess } from '../../expect.js';
import { dataKey } from '../data-key.js';
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
    const made = await dataKey(ctx, key, ['CiphertextBlob']);
    const reply = await ctx.send('Decrypt', { CiphertextBlob: made.CiphertextBlob });
    expectSuccess(reply, 'Decrypt', ['Plaintext', 'KeyId', 'EncryptionAlgorithm']);
    return pass();
  },
});
