import { diffieHellman, generateKeyPairSync } from 'node:crypto';
import { decode, encode, expectSuccess } from '../../expect.js';
import { defineCheck, pass } from '../define.js';
import { demand, publicKeyOf } from './public-key.js';

export default defineCheck({
  id: 'asymmetric.shared-secret',
  title: 'The ECDH shared secret equals the one derived offline from the other side',
  area: 'asymmetric',
  rule: 'DeriveSharedSecret with a P-256 KEY_AGREEMENT key and a fresh peer public key equals ECDH(peer private key, GetPublicKey)',
  evidence: ['recorded.shared-secret', 'docs.get-public-key'],
  severity: 'required',
  needs: ['agreement-key'],
  async run(ctx, { agreement }) {
    const peer = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const derived = expectSuccess(
      await ctx.send('DeriveSharedSecret', {
        KeyId: agreement.keyId,
        KeyAgreementAlgorithm: 'ECDH',
        PublicKey: encode(peer.publicKey.export({ format: 'der', type: 'spki' })),
      }),
      'DeriveSharedSecret',
      ['SharedSecret'],
    );
    const expected = diffieHellman({
      privateKey: peer.privateKey,
      publicKey: await publicKeyOf(ctx, agreement),
    });
    const got = Buffer.from(decode(derived.SharedSecret));
    demand(
      got.equals(expected),
      `the ${expected.length}-byte secret OpenSSL derives`,
      `${got.length} other bytes`,
    );
    return pass();
  },
});
