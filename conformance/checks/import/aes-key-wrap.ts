import {
  constants,
  createPublicKey,
  generateKeyPairSync,
  publicEncrypt,
  randomBytes,
} from 'node:crypto';
import { decode, encode, expectSuccess } from '../../expect.js';
import { demand } from '../asymmetric/public-key.js';
import { defineCheck, inCase, pass } from '../define.js';
import { withKey } from '../scratch.js';
import { importParameters, metadataOf, wrap } from './wrap.js';

export default defineCheck({
  id: 'import.aes-key-wrap',
  title:
    'An RSA private key wrapped offline with RSA_AES_KEY_WRAP_SHA_256 imports: GetPublicKey gives its public key, and it decrypts what was encrypted to it',
  area: 'import',
  rule: 'A PKCS #8 RSA_2048 private key, wrapped as an RSAES-OAEP SHA-256 encrypted AES key followed by the key under AES Key Wrap with Padding, imports into an EXTERNAL RSA_2048 key, which then has that public key and decrypts with that private key',
  evidence: ['recorded.import-rsa-aes-wrap', 'docs.wrapping-algorithms'],
  severity: 'required',
  needs: ['key-creation'],
  async run(ctx) {
    const body = { Origin: 'EXTERNAL', KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' };
    await withKey(ctx, body, async (key) => {
      const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
      const privateKey = pair.privateKey.export({ format: 'der', type: 'pkcs8' });
      const { publicKey, importToken } = await importParameters(
        ctx,
        key,
        'RSA_AES_KEY_WRAP_SHA_256',
      );
      await inCase('ImportKeyMaterial', async () =>
        expectSuccess(
          await ctx.send('ImportKeyMaterial', {
            KeyId: key.keyId,
            ImportToken: importToken,
            EncryptedKeyMaterial: wrap(publicKey, 'RSA_AES_KEY_WRAP_SHA_256', privateKey),
            ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
          }),
          'ImportKeyMaterial',
          ['KeyId'],
        ),
      );
      const metadata = await metadataOf(ctx, key);
      demand(
        metadata['KeyState'] === 'Enabled',
        'DescribeKey KeyState Enabled',
        `KeyState ${String(metadata['KeyState'])}`,
      );
      await inCase('GetPublicKey', async () => {
        const reply = expectSuccess(
          await ctx.send('GetPublicKey', { KeyId: key.keyId }),
          'GetPublicKey',
          ['PublicKey'],
        );
        const served = createPublicKey({
          key: Buffer.from(decode(reply.PublicKey)),
          format: 'der',
          type: 'spki',
        });
        demand(
          served.equals(pair.publicKey),
          'the public key of the imported private key',
          'another public key',
        );
      });
      await inCase('Decrypt of RSAES_OAEP_SHA_256 ciphertext made offline', async () => {
        const plaintext = randomBytes(40);
        const ciphertext = publicEncrypt(
          { key: pair.publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' },
          plaintext,
        );
        const opened = expectSuccess(
          await ctx.send('Decrypt', {
            KeyId: key.keyId,
            CiphertextBlob: encode(ciphertext),
            EncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
          }),
          'Decrypt',
          ['Plaintext'],
        );
        demand(
          Buffer.from(decode(opened.Plaintext)).equals(plaintext),
          'the plaintext back',
          'other bytes',
        );
      });
    });
    return pass();
  },
});
