import { expectSuccess } from '../../expect.js';
import { CheckFailure } from '../../failure.js';
import { defineCheck, pass } from '../define.js';

export default defineCheck({
  id: 'schema.generate-data-key-without-plaintext-response',
  title:
    'A GenerateDataKeyWithoutPlaintext reply validates, with CiphertextBlob and KeyId and no Plaintext',
  area: 'schema',
  rule: 'A GenerateDataKeyWithoutPlaintext reply is valid against the spec and carries CiphertextBlob and KeyId',
  evidence: ['model.output-members', 'recorded.generate-data-key-without-plaintext'],
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric: key }) {
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
