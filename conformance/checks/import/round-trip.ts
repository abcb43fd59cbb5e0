import { randomBytes } from 'node:crypto';
import { decode, encode, expectSuccess } from '../../expect.js';
import { demand } from '../asymmetric/public-key.js';
import { defineCheck, inCase, pass } from '../define.js';
import { withKey } from '../scratch.js';
import { importParameters, metadataOf, wrap, type WrappingAlgorithm } from './wrap.js';

const algorithm: WrappingAlgorithm = 'RSAES_OAEP_SHA_256';

export default defineCheck({
  id: 'import.round-trip',
  title: 'Key material wrapped offline with RSAES_OAEP_SHA_256 imports and gives a working key',
  area: 'import',
  rule: `Material wrapped offline with ${algorithm} under GetParametersForImport's public key imports, the key becomes Enabled with ExpirationModel KEY_MATERIAL_DOES_NOT_EXPIRE, and it decrypts what it encrypts`,
  evidence: ['recorded.import-symmetric', 'docs.import-key-material'],
  severity: 'required',
  needs: ['key-creation'],
  async run(ctx) {
    await withKey(ctx, { Origin: 'EXTERNAL' }, async (key) => {
      const { publicKey, importToken } = await importParameters(ctx, key, algorithm);
      await inCase('ImportKeyMaterial', async () =>
        expectSuccess(
          await ctx.send('ImportKeyMaterial', {
            KeyId: key.keyId,
            ImportToken: importToken,
            EncryptedKeyMaterial: wrap(publicKey, algorithm, randomBytes(32)),
            ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
          }),
          'ImportKeyMaterial',
          ['KeyId'],
        ),
      );
      const metadata = await metadataOf(ctx, key);
      demand(
        metadata['KeyState'] === 'Enabled' &&
          metadata['ExpirationModel'] === 'KEY_MATERIAL_DOES_NOT_EXPIRE',
        'DescribeKey KeyState Enabled and ExpirationModel KEY_MATERIAL_DOES_NOT_EXPIRE',
        `KeyState ${String(metadata['KeyState'])}, ExpirationModel ${String(metadata['ExpirationModel'])}`,
      );
      await inCase('Encrypt then Decrypt', async () => {
        const plaintext = randomBytes(24);
        const sealed = expectSuccess(
          await ctx.send('Encrypt', { KeyId: key.keyId, Plaintext: encode(plaintext) }),
          'Encrypt',
          ['CiphertextBlob'],
        );
        const opened = expectSuccess(
          await ctx.send('Decrypt', { CiphertextBlob: sealed.CiphertextBlob }),
          'Decrypt',
          ['Plaintext'],
        );
        demand(
          Buffer.from(decode(opened.Plaintext)).equals(plaintext),
          'Decrypt to give the plaintext back',
          'other bytes',
        );
      });
    });
    return pass();
  },
});
