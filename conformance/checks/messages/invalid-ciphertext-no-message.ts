import { CheckFailure } from '../../failure.js';
import { expectError, expectSuccess } from '../../expect.js';
import { defineCheck, pass } from '../define.js';

export default defineCheck({
  id: 'messages.invalid-ciphertext-no-message',
  title: 'InvalidCiphertextException (wrong EncryptionContext) carries no message, or an empty one',
  area: 'messages',
  rule: 'InvalidCiphertextException carries no message text',
  evidence: ['recorded.context-mismatch', 'recorded.invalid-ciphertext'],
  severity: 'recommended',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric: key }) {
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
