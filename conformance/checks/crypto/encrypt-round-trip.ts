import { CheckFailure } from '../../failure.js';
import { decode, encode, expectSuccess } from '../../expect.js';
import { defineCheck, pass } from '../define.js';
import { sameBytes } from '../bytes.js';
import { seededBytes } from './seeded.js';

export default defineCheck({
  id: 'crypto.encrypt-round-trip',
  title: 'Decrypt returns what Encrypt was given, with the key ARN, with and without a context',
  area: 'crypto',
  rule: 'Encrypt then Decrypt returns the plaintext (1 to 4096 bytes) and the key ARN',
  evidence: ['docs.encrypt', 'model.plaintext-type', 'model.response-key-arn'],
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric: key }) {
    // The smallest and largest plaintexts the model allows, and one in between (evidence `model.plaintext-type`).
    for (const [length, context] of [
      [1, undefined],
      [200, { purpose: 'encrypt' }],
      [4096, undefined],
    ] as const) {
      const plaintext = seededBytes(ctx.seed + length, length);
      const sealed = expectSuccess(
        await ctx.send('Encrypt', {
          KeyId: key.keyId,
          Plaintext: encode(plaintext),
          ...(context ? { EncryptionContext: context } : {}),
        }),
        'Encrypt',
        ['CiphertextBlob', 'KeyId'],
      );
      if (sealed.KeyId !== key.arn)
        throw new CheckFailure(`Encrypt KeyId ${key.arn}`, `KeyId ${String(sealed.KeyId)}`);
      const opened = expectSuccess(
        await ctx.send('Decrypt', {
          CiphertextBlob: sealed.CiphertextBlob,
          ...(context ? { EncryptionContext: context } : {}),
        }),
        'Decrypt',
        ['Plaintext', 'KeyId'],
      );
      if (!sameBytes(decode(opened.Plaintext), plaintext))
        throw new CheckFailure(
          `Decrypt returns the ${length} bytes given to Encrypt`,
          `${decode(opened.Plaintext).length} different bytes`,
        );
      if (opened.KeyId !== key.arn)
        throw new CheckFailure(`Decrypt KeyId ${key.arn}`, `KeyId ${String(opened.KeyId)}`);
    }
    return pass();
  },
});
