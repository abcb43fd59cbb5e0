import { expectSuccess } from '../../expect.js';
import { defineCheck, need, pass } from '../define.js';

export default defineCheck({
  id: 'schema.generate-data-key-response',
  title:
    'A GenerateDataKey reply validates against the spec, with CiphertextBlob, Plaintext and KeyId',
  area: 'schema',
  rule: 'spec: #/components/schemas/GenerateDataKeyResponse; kms-facts §7',
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx) {
    const key = need(ctx.fixtures.symmetric, 'symmetric-key');
    const reply = await ctx.send('GenerateDataKey', { KeyId: key.keyId, KeySpec: 'AES_256' });
    expectSuccess(reply, 'GenerateDataKey', ['CiphertextBlob', 'Plaintext', 'KeyId']);
    return pass();
  },
});
