import { CheckFailure } from '../../failure.js';
import { decode, expectSuccess } from '../../expect.js';
import { defineCheck, pass } from '../define.js';
import { sameBytes } from '../bytes.js';

export default defineCheck({
  id: 'crypto.round-trip-with-context',
  title:
    'Decrypt with the same EncryptionContext, pairs in another order, returns the data key and the key ARN',
  area: 'crypto',
  rule: 'A data key made with an encryption context decrypts with the same pairs in any order',
  evidence: ['docs.encryption-context', 'docs.decrypt'],
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric: key }) {
    const context = { purpose: 'conformance', tenant: 'kms-contract', 'user:id': 'ünïcødé ✓' };
    const made = expectSuccess(
      await ctx.send('GenerateDataKey', {
        KeyId: key.keyId,
        KeySpec: 'AES_256',
        EncryptionContext: context,
      }),
      'GenerateDataKey',
      ['CiphertextBlob', 'Plaintext', 'KeyId'],
    );
    // The same pairs in reverse insertion order: a map, so the order on the wire must not matter.
    const reordered = Object.fromEntries(Object.entries(context).reverse());
    const opened = expectSuccess(
      await ctx.send('Decrypt', {
        CiphertextBlob: made.CiphertextBlob,
        EncryptionContext: reordered,
      }),
      'Decrypt',
      ['Plaintext', 'KeyId'],
    );
    if (!sameBytes(decode(opened.Plaintext), decode(made.Plaintext)))
      throw new CheckFailure('the data key GenerateDataKey gave', 'different bytes');
    if (opened.KeyId !== key.arn)
      throw new CheckFailure(`KeyId ${key.arn}`, `KeyId ${String(opened.KeyId)}`);
    return pass();
  },
});
