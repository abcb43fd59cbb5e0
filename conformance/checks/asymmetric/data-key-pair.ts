import { createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import { decode, expectSuccess } from '../../expect.js';
import { defineCheck, pass } from '../define.js';
import { demand } from './public-key.js';

export default defineCheck({
  id: 'asymmetric.data-key-pair',
  title:
    "A data key pair's halves match, and the sealed private key decrypts to the same PKCS#8 bytes",
  area: 'asymmetric',
  rule: 'GenerateDataKeyPair ECC_NIST_P256: a signature by PrivateKeyPlaintext verifies with PublicKey; Decrypt of PrivateKeyCiphertextBlob with the context gives PrivateKeyPlaintext',
  evidence: ['docs.data-key-pair', 'recorded.data-key-pair'],
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric }) {
    const EncryptionContext = { purpose: 'kms-contract data key pair' };
    const pair = expectSuccess(
      await ctx.send('GenerateDataKeyPair', {
        KeyId: symmetric.keyId,
        KeyPairSpec: 'ECC_NIST_P256',
        EncryptionContext,
      }),
      'GenerateDataKeyPair',
      ['PrivateKeyCiphertextBlob', 'PrivateKeyPlaintext', 'PublicKey'],
    );
    const privateDer = decode(pair.PrivateKeyPlaintext);
    let matches: boolean;
    try {
      const privateKey = createPrivateKey({
        key: Buffer.from(privateDer),
        format: 'der',
        type: 'pkcs8',
      });
      const publicKey = createPublicKey({
        key: Buffer.from(decode(pair.PublicKey)),
        format: 'der',
        type: 'spki',
      });
      const message = Buffer.from('data key pair');
      demand(
        publicKey.asymmetricKeyDetails?.namedCurve === 'prime256v1',
        'a P-256 public key',
        String(publicKey.asymmetricKeyDetails?.namedCurve),
      );
      matches = verify('sha256', message, publicKey, sign('sha256', message, privateKey));
    } catch (error) {
      if (!(error instanceof Error) || error.name === 'CheckFailure') throw error;
      matches = false;
    }
    demand(
      matches,
      'PublicKey to verify what PrivateKeyPlaintext (PKCS#8) signs',
      'keys that do not belong together',
    );
    const opened = expectSuccess(
      await ctx.send('Decrypt', {
        CiphertextBlob: pair.PrivateKeyCiphertextBlob,
        EncryptionContext,
      }),
      'Decrypt',
      ['Plaintext'],
    );
    demand(
      Buffer.from(decode(opened.Plaintext)).equals(privateDer),
      'Decrypt of PrivateKeyCiphertextBlob to give PrivateKeyPlaintext',
      'other bytes',
    );
    return pass();
  },
});
