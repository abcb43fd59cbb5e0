import { expectError, expectSuccess } from '../../expect.js';
import { defineCheck, need, pass } from '../define.js';

export default defineCheck({
  id: 'binding.incorrect-key',
  title: 'Decrypt naming another key than the one that made the blob gets IncorrectKeyException',
  area: 'binding',
  rule: 'kms-facts §8 (IncorrectKeyException: KeyId given but not the key that made the blob); emulators answer InvalidCiphertext or AccessDenied',
  severity: 'required',
  needs: ['symmetric-key', 'second-key'],
  async run(ctx) {
    const key = need(ctx.fixtures.symmetric, 'symmetric-key');
    const other = need(ctx.fixtures.second, 'second-key');
    const made = expectSuccess(
      await ctx.send('GenerateDataKey', { KeyId: key.keyId, KeySpec: 'AES_256' }),
      'GenerateDataKey',
      ['CiphertextBlob'],
    );
    expectError(
      await ctx.send('Decrypt', { CiphertextBlob: made.CiphertextBlob, KeyId: other.keyId }),
      ['IncorrectKeyException'],
    );
    return pass();
  },
});
