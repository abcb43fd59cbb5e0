import { constants, createHash, verify } from 'node:crypto';
import { decode, encode, expectSuccess } from '../../expect.js';
import { defineCheck, inCase, pass } from '../define.js';
import { withKeyOfSpec } from './key-of-spec.js';
import { demand, publicKeyOf } from './public-key.js';

/** Each PSS algorithm, its hash and the salt KMS uses: as long as the digest. */
const PSS = [
  ['RSASSA_PSS_SHA_256', 'sha256', 32],
  ['RSASSA_PSS_SHA_384', 'sha384', 48],
  ['RSASSA_PSS_SHA_512', 'sha512', 64],
] as const;

export default defineCheck({
  id: 'asymmetric.pss-salt-length',
  title: 'RSASSA-PSS signatures use a salt as long as the digest',
  area: 'asymmetric',
  rule: 'Sign with an RSA_2048 SIGN_VERIFY key and RSASSA_PSS_SHA_256/384/512, RAW and DIGEST, gives signatures that verify offline with PSS, MGF1 of the same hash and exactly a 32/48/64-byte salt',
  evidence: ['recorded.pss-salt-length', 'docs.pss-salt-length', 'docs.get-public-key'],
  severity: 'required',
  needs: ['key-creation'],
  async run(ctx) {
    return withKeyOfSpec(ctx, 'RSA_2048', 'SIGN_VERIFY', async (key) => {
      const message = new TextEncoder().encode(`kms-contract ${ctx.seed} pss`);
      const publicKey = await publicKeyOf(ctx, key);
      for (const [algorithm, hash, saltLength] of PSS) {
        const digest = createHash(hash).update(message).digest();
        for (const [type, sent] of [
          ['RAW', message],
          ['DIGEST', digest],
        ] as const) {
          await inCase(`${algorithm} ${type}`, async () => {
            const signed = expectSuccess(
              await ctx.send('Sign', {
                KeyId: key.keyId,
                SigningAlgorithm: algorithm,
                MessageType: type,
                Message: encode(sent),
              }),
              'Sign',
              ['Signature'],
            );
            let valid = false;
            try {
              valid = verify(
                hash,
                message,
                { key: publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength },
                decode(signed.Signature),
              );
            } catch {
              // not an RSA signature of this key's size
            }
            demand(
              valid,
              `a signature that verifies offline as RSASSA-PSS with ${hash.toUpperCase()}, MGF1 and a ${saltLength}-byte salt`,
              'one that does not',
            );
          });
        }
      }
      return pass();
    });
  },
});
