import { createPublicKey } from 'node:crypto';
import { decode, expectSuccess } from '../../expect.js';
import { defineCheck, pass } from '../define.js';
import { demand } from './public-key.js';

export default defineCheck({
  id: 'asymmetric.fresh-pairs',
  title: 'Every data key pair is new and of the stated size',
  area: 'asymmetric',
  rule: 'Two GenerateDataKeyPairWithoutPlaintext RSA_2048 calls give different 2048-bit public keys and different sealed private keys',
  evidence: ['docs.data-key-pair'],
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric }) {
    const make = async () =>
      expectSuccess(
        await ctx.send('GenerateDataKeyPairWithoutPlaintext', {
          KeyId: symmetric.keyId,
          KeyPairSpec: 'RSA_2048',
        }),
        'GenerateDataKeyPairWithoutPlaintext',
        ['PrivateKeyCiphertextBlob', 'PublicKey'],
      );
    const [a, b] = [await make(), await make()];
    for (const pair of [a, b]) {
      let bits: number | undefined;
      try {
        bits = createPublicKey({
          key: Buffer.from(decode(pair.PublicKey)),
          format: 'der',
          type: 'spki',
        }).asymmetricKeyDetails?.modulusLength;
      } catch {
        bits = undefined;
      }
      demand(
        bits === 2048,
        'a 2048-bit RSA public key',
        bits === undefined ? 'no RSA public key' : `${bits} bits`,
      );
    }
    demand(a.PublicKey !== b.PublicKey, 'two different public keys', 'the same public key twice');
    demand(
      a.PrivateKeyCiphertextBlob !== b.PrivateKeyCiphertextBlob,
      'two different sealed private keys',
      'the same blob twice',
    );
    return pass();
  },
});
