import { constants, publicEncrypt, randomBytes } from 'node:crypto';
import { decode, encode, expectSuccess } from '../../expect.js';
import { defineCheck, inCase, pass } from '../define.js';
import { demand, publicKeyOf } from './public-key.js';

const ALGORITHM = 'RSAES_OAEP_SHA_256';

export default defineCheck({
  id: 'asymmetric.rsa-encryption',
  title: 'RSA ciphertext made offline decrypts through KMS, and KMS ciphertext is RSA ciphertext',
  area: 'asymmetric',
  rule: 'RSAES-OAEP SHA-256 ciphertext made with GetPublicKey decrypts through Decrypt; Encrypt gives modulus-length ciphertext that is not the plaintext and decrypts to it',
  evidence: ['docs.rsa-encryption', 'docs.get-public-key'],
  severity: 'required',
  needs: ['asymmetric-key'],
  async run(ctx, { asymmetric }) {
    const publicKey = await publicKeyOf(ctx, asymmetric);
    const type = publicKey.asymmetricKeyType;
    demand(
      type === 'rsa',
      'GetPublicKey of an RSA_2048 key to give an RSA public key',
      `a ${type ?? 'unknown'} key`,
    );
    const plaintext = randomBytes(48);
    const decrypt = async (ciphertext: string) =>
      decode(
        expectSuccess(
          await ctx.send('Decrypt', {
            KeyId: asymmetric.keyId,
            CiphertextBlob: ciphertext,
            EncryptionAlgorithm: ALGORITHM,
          }),
          'Decrypt',
          ['Plaintext'],
        ).Plaintext,
      );
    await inCase('ciphertext made offline', async () => {
      const offline = publicEncrypt(
        { key: publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' },
        plaintext,
      );
      const opened = await decrypt(encode(offline));
      demand(
        Buffer.from(opened).equals(plaintext),
        'the offline plaintext back',
        `${opened.length} other bytes`,
      );
    });
    await inCase('ciphertext made by Encrypt', async () => {
      const sealed = expectSuccess(
        await ctx.send('Encrypt', {
          KeyId: asymmetric.keyId,
          Plaintext: encode(plaintext),
          EncryptionAlgorithm: ALGORITHM,
        }),
        'Encrypt',
        ['CiphertextBlob'],
      );
      const ciphertext = decode(sealed.CiphertextBlob);
      const modulusBytes = (publicKey.asymmetricKeyDetails?.modulusLength ?? 0) / 8;
      demand(
        ciphertext.length === modulusBytes,
        `${modulusBytes} bytes of RSA ciphertext`,
        `${ciphertext.length} bytes`,
      );
      demand(
        !Buffer.from(ciphertext).includes(plaintext),
        'ciphertext that does not contain the plaintext',
        'the plaintext in it',
      );
      const opened = await decrypt(sealed.CiphertextBlob ?? '');
      demand(
        Buffer.from(opened).equals(plaintext),
        'Decrypt to give the plaintext back',
        `${opened.length} other bytes`,
      );
    });
    return pass();
  },
});
