import { expectError } from '../../expect.js';
import { CheckSkipped } from '../../failure.js';
import { dataKey } from '../data-key.js';
import { defineCheck, inCase, pass } from '../define.js';
import { keysOfTypes } from './key-usage.js';

export default defineCheck({
  id: 'keys.key-usage-operations',
  title:
    'Encrypt or ReEncrypt to a signing key gets InvalidKeyUsageException; Decrypt naming an HMAC key, or ReEncrypt naming the wrong source key, gets IncorrectKeyException',
  area: 'keys',
  rule: 'Encrypt with a SIGN_VERIFY key and ReEncrypt to one are InvalidKeyUsageException; Decrypt naming an HMAC key and ReEncrypt naming a SourceKeyId that did not make the ciphertext are IncorrectKeyException',
  evidence: [
    'recorded.key-usage',
    'model.invalid-key-usage',
    'recorded.incorrect-key',
    'recorded.re-encrypt-incorrect-source',
  ],
  severity: 'required',
  needs: ['symmetric-key', 'second-key'],
  async run(ctx, { symmetric, second }) {
    const made = await dataKey(ctx, symmetric, ['CiphertextBlob']);
    let sign: string | undefined;
    let hmac: string | undefined;
    try {
      sign = keysOfTypes(ctx, [['ECC_NIST_P256 SIGN_VERIFY', 'sign', 'sign-key']])[0]?.[1].keyId;
    } catch (error) {
      if (!(error instanceof CheckSkipped)) throw error;
    }
    try {
      hmac = keysOfTypes(ctx, [['HMAC_256 GENERATE_VERIFY_MAC', 'hmac', 'hmac-key']])[0]?.[1].keyId;
    } catch (error) {
      if (!(error instanceof CheckSkipped)) throw error;
    }
    if (sign !== undefined) {
      const keyId = sign;
      await inCase('Encrypt with a SIGN_VERIFY key', async () =>
        expectError(await ctx.send('Encrypt', { KeyId: keyId, Plaintext: 'AAECAw==' }), [
          'InvalidKeyUsageException',
        ]),
      );
      await inCase('ReEncrypt to a SIGN_VERIFY key', async () =>
        expectError(
          await ctx.send('ReEncrypt', {
            CiphertextBlob: made.CiphertextBlob,
            DestinationKeyId: keyId,
          }),
          ['InvalidKeyUsageException'],
        ),
      );
    }
    if (hmac !== undefined) {
      const keyId = hmac;
      await inCase('Decrypt naming an HMAC key', async () =>
        expectError(
          await ctx.send('Decrypt', { CiphertextBlob: made.CiphertextBlob, KeyId: keyId }),
          ['IncorrectKeyException'],
        ),
      );
    }
    await inCase('ReEncrypt naming the wrong SourceKeyId', async () =>
      expectError(
        await ctx.send('ReEncrypt', {
          CiphertextBlob: made.CiphertextBlob,
          SourceKeyId: second.keyId,
          DestinationKeyId: symmetric.keyId,
        }),
        ['IncorrectKeyException'],
      ),
    );
    return pass();
  },
});
