import { expectSuccess } from '../../expect.js';
import { defineCheck, pass } from '../define.js';

export default defineCheck({
  id: 'schema.generate-data-key-response',
  title:
    'A GenerateDataKey reply validates against the spec, with CiphertextBlob, Plaintext and KeyId',
  area: 'schema',
  rule: 'A GenerateDataKey reply is valid against the spec and carries CiphertextBlob, Plaintext, KeyId',
  evidence: ['model.output-members', 'recorded.generate-data-key'],
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric: key }) {
    const reply = await ctx.send('GenerateDataKey', { KeyId: key.keyId, KeySpec: 'AES_256' });
    expectSuccess(reply, 'GenerateDataKey', ['CiphertextBlob', 'Plaintext', 'KeyId']);
    return pass();
  },
});
