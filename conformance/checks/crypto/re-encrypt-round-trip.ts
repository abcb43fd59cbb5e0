import { CheckFailure } from '../../failure.js';
import { decode, encode, expectSuccess } from '../../expect.js';
import { defineCheck, pass } from '../define.js';
import { sameBytes } from '../bytes.js';
import { seededBytes } from './seeded.js';

export default defineCheck({
  id: 'crypto.re-encrypt-round-trip',
  title:
    'ReEncrypt to a second key names both key ARNs, and Decrypt of the new blob returns the original plaintext',
  area: 'crypto',
  rule: 'ReEncrypt moves a ciphertext to another key; the reply names both key ARNs and the new ciphertext decrypts',
  evidence: ['docs.re-encrypt', 'recorded.re-encrypt-reply'],
  severity: 'required',
  needs: ['symmetric-key', 'second-key'],
  async run(ctx, { symmetric: source, second: destination }) {
    const plaintext = seededBytes(ctx.seed, 64);
    const sourceContext = { stage: 'source' };
    const destinationContext = { stage: 'destination' };
    const sealed = expectSuccess(
      await ctx.send('Encrypt', {
        KeyId: source.keyId,
        Plaintext: encode(plaintext),
        EncryptionContext: sourceContext,
      }),
      'Encrypt',
      ['CiphertextBlob'],
    );
    const moved = expectSuccess(
      await ctx.send('ReEncrypt', {
        CiphertextBlob: sealed.CiphertextBlob,
        SourceEncryptionContext: sourceContext,
        DestinationKeyId: destination.keyId,
        DestinationEncryptionContext: destinationContext,
      }),
      'ReEncrypt',
      ['CiphertextBlob', 'SourceKeyId', 'KeyId'],
    );
    if (moved.SourceKeyId !== source.arn)
      throw new CheckFailure(
        `SourceKeyId ${source.arn}`,
        `SourceKeyId ${String(moved.SourceKeyId)}`,
      );
    if (moved.KeyId !== destination.arn)
      throw new CheckFailure(`KeyId ${destination.arn}`, `KeyId ${String(moved.KeyId)}`);
    const opened = expectSuccess(
      await ctx.send('Decrypt', {
        CiphertextBlob: moved.CiphertextBlob,
        EncryptionContext: destinationContext,
      }),
      'Decrypt',
      ['Plaintext', 'KeyId'],
    );
    if (!sameBytes(decode(opened.Plaintext), plaintext))
      throw new CheckFailure(
        'Decrypt of the re-encrypted blob returns the original 64 bytes',
        'different bytes',
      );
    if (opened.KeyId !== destination.arn)
      throw new CheckFailure(
        `Decrypt KeyId ${destination.arn} (the destination key)`,
        `KeyId ${String(opened.KeyId)}`,
      );
    return pass();
  },
});
