import { CheckFailure } from '../../failure.js';
import { decode, expectSuccess } from '../../expect.js';
import { defineCheck, pass } from '../define.js';

/** Each request and the data key length it asks for (evidence `docs.generate-data-key`). */
const ASKS: ReadonlyArray<[Record<string, unknown>, number]> = [
  [{ KeySpec: 'AES_128' }, 16],
  [{ KeySpec: 'AES_256' }, 32],
  [{ NumberOfBytes: 48 }, 48],
];

export default defineCheck({
  id: 'crypto.without-plaintext-round-trip',
  title:
    'GenerateDataKeyWithoutPlaintext gives no plaintext, and Decrypt of its blob gives a key of the asked length',
  area: 'crypto',
  rule: 'GenerateDataKeyWithoutPlaintext returns no plaintext, and its ciphertext decrypts to a key of the asked length',
  evidence: [
    'docs.generate-data-key-without-plaintext',
    'recorded.generate-data-key-without-plaintext',
    'docs.generate-data-key',
  ],
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric: key }) {
    for (const [ask, length] of ASKS) {
      const made = expectSuccess(
        await ctx.send('GenerateDataKeyWithoutPlaintext', { KeyId: key.keyId, ...ask }),
        'GenerateDataKeyWithoutPlaintext',
        ['CiphertextBlob', 'KeyId'],
      );
      if ('Plaintext' in made)
        throw new CheckFailure(
          'no Plaintext member in a GenerateDataKeyWithoutPlaintext reply',
          'a Plaintext member',
        );
      if (made.KeyId !== key.arn)
        throw new CheckFailure(`KeyId ${key.arn}`, `KeyId ${String(made.KeyId)}`);
      const opened = expectSuccess(
        await ctx.send('Decrypt', { CiphertextBlob: made.CiphertextBlob }),
        'Decrypt',
        ['Plaintext', 'KeyId'],
      );
      const got = decode(opened.Plaintext).length;
      if (got !== length)
        throw new CheckFailure(
          `a ${length}-byte data key for ${JSON.stringify(ask)}`,
          `${got} bytes`,
        );
      if (opened.KeyId !== key.arn)
        throw new CheckFailure(`Decrypt KeyId ${key.arn}`, `KeyId ${String(opened.KeyId)}`);
    }
    return pass();
  },
});
