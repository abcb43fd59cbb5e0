import { CheckFailure } from '../../failure.js';
import { decode, encode, expectSuccess } from '../../expect.js';
import { dataKey } from '../data-key.js';
import { defineCheck, pass } from '../define.js';
import { contains } from '../bytes.js';
import { seededBytes } from '../crypto/seeded.js';

export default defineCheck({
  id: 'binding.no-plaintext-in-blob',
  title:
    'The CiphertextBlob does not carry the plaintext (Encrypt of known bytes, GenerateDataKey’s data key)',
  area: 'binding',
  rule: 'The encrypted data key does not carry the plaintext',
  evidence: ['docs.generate-data-key', 'docs.blob-opaque'],
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric: key }) {
    // A recognisable marker then seeded bytes: found verbatim in the blob only if it was not encrypted.
    const plaintext = new Uint8Array([
      ...new TextEncoder().encode('kms-contract plaintext marker '),
      ...seededBytes(ctx.seed, 34),
    ]);
    const sealed = expectSuccess(
      await ctx.send('Encrypt', { KeyId: key.keyId, Plaintext: encode(plaintext) }),
      'Encrypt',
      ['CiphertextBlob'],
    );
    if (contains(decode(sealed.CiphertextBlob), plaintext))
      throw new CheckFailure(
        'an Encrypt blob without the plaintext in it',
        `the ${plaintext.length} plaintext bytes appear verbatim in the blob`,
      );
    const made = await dataKey(ctx, key, ['CiphertextBlob', 'Plaintext']);
    if (contains(decode(made.CiphertextBlob), decode(made.Plaintext)))
      throw new CheckFailure(
        'a GenerateDataKey blob without the data key in it',
        'the 32-byte data key appears verbatim in the blob',
      );
    return pass();
  },
});
