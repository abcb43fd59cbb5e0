import { CheckFailure } from '../../failure.js';
import { expectError, expectSuccess } from '../../expect.js';
import { defineCheck, need, pass } from '../define.js';

export default defineCheck({
  id: 'messages.invalid-ciphertext-no-message',
  title: 'InvalidCiphertextException (wrong EncryptionContext) carries no message, or an empty one',
  area: 'messages',
  rule: 'kms-facts §2 (real InvalidCiphertextException bodies carry only __type), §8, §14',
  severity: 'recommended',
  needs: ['symmetric-key'],
  async run(ctx) {
    const key = need(ctx.fixtures.symmetric, 'symmetric-key');
    const made = expectSuccess(
      await ctx.send('GenerateDataKey', {
        KeyId: key.keyId,
        KeySpec: 'AES_256',
        EncryptionContext: { purpose: 'sealed' },
      }),
      'GenerateDataKey',
      ['CiphertextBlob'],
    );
    const reply = await ctx.send('Decrypt', {
      CiphertextBlob: made.CiphertextBlob,
      EncryptionContext: { purpose: 'other' },
    });
    expectError(reply, ['InvalidCiphertextException']);
    if (reply.errorMessage !== undefined && reply.errorMessage !== '')
      throw new CheckFailure(
        'no message (the body is {"__type":"InvalidCiphertextException"})',
        `message ${JSON.stringify(reply.errorMessage)}`,
      );
    return pass();
  },
});
