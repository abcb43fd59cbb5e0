import { expectSuccess } from '../../expect.js';
import { CheckFailure } from '../../failure.js';
import { defineCheck, need, pass } from '../define.js';

export default defineCheck({
  id: 'schema.generate-data-key-without-plaintext-response',
  title:
    'A GenerateDataKeyWithoutPlaintext reply validates, with CiphertextBlob and KeyId and no Plaintext',
  area: 'schema',
  rule: 'spec: #/components/schemas/GenerateDataKeyWithoutPlaintextResponse; kms-facts §7 (output CiphertextBlob, KeyId, KeyMaterialId)',
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx) {
    const key = need(ctx.fixtures.symmetric, 'symmetric-key');
    const reply = await ctx.send('GenerateDataKeyWithoutPlaintext', {
      KeyId: key.keyId,
      KeySpec: 'AES_256',
    });
    const body = expectSuccess(reply, 'GenerateDataKeyWithoutPlaintext', [
      'CiphertextBlob',
      'KeyId',
    ]) as Record<string, unknown>;
    // The shape has no Plaintext member; a reply that carries one leaks the very key the caller asked not to see.
    if (body['Plaintext'] !== undefined)
      throw new CheckFailure('no Plaintext member', 'a Plaintext member');
    return pass();
  },
});
