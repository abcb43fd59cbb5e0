import { createHash, verify } from 'node:crypto';
import { decode, encode, expectError, expectSuccess } from '../../expect.js';
import { defineCheck, inCase, pass } from '../define.js';
import { withKeyOfSpec } from './key-of-spec.js';
import { demand, publicKeyOf } from './public-key.js';

export default defineCheck({
  id: 'asymmetric.secp256k1',
  title: 'A secp256k1 ECDSA signature verifies offline, of a RAW message and of its DIGEST',
  area: 'asymmetric',
  rule: 'An ECC_SECG_P256K1 key signs with ECDSA_SHA_256 DER signatures that verify offline on secp256k1, RAW and DIGEST; a changed message fails offline and through Verify',
  evidence: [
    'recorded.secp256k1',
    'recorded.secp256k1-offline',
    'recorded.bad-signature',
    'docs.sign',
  ],
  severity: 'required',
  needs: ['key-creation'],
  async run(ctx) {
    return withKeyOfSpec(ctx, 'ECC_SECG_P256K1', 'SIGN_VERIFY', async (key) => {
      const message = new TextEncoder().encode(`kms-contract ${ctx.seed} secp256k1`);
      const changed = Uint8Array.from(message, (b, i) => (i === 0 ? b ^ 1 : b));
      const publicKey = await publicKeyOf(ctx, key);
      demand(
        publicKey.asymmetricKeyDetails?.namedCurve === 'secp256k1',
        'GetPublicKey of an ECC_SECG_P256K1 key to give a secp256k1 public key',
        `a ${publicKey.asymmetricKeyType ?? 'unknown'} ${publicKey.asymmetricKeyDetails?.namedCurve ?? ''} key`,
      );
      const offline = (data: Uint8Array, signature: Uint8Array) => {
        try {
          return verify('sha256', data, { key: publicKey, dsaEncoding: 'der' }, signature);
        } catch {
          return false; // not a DER ECDSA signature at all
        }
      };
      const request = { KeyId: key.keyId, SigningAlgorithm: 'ECDSA_SHA_256' } as const;
      const digest = createHash('sha256').update(message).digest();
      for (const [type, sent] of [
        ['RAW', message],
        ['DIGEST', digest],
      ] as const) {
        await inCase(`MessageType ${type}`, async () => {
          const signed = expectSuccess(
            await ctx.send('Sign', { ...request, MessageType: type, Message: encode(sent) }),
            'Sign',
            ['Signature'],
          );
          const signature = decode(signed.Signature);
          demand(
            offline(message, signature),
            'a signature that verifies offline (ECDSA secp256k1 SHA-256, DER)',
            'one that does not',
          );
          demand(!offline(changed, signature), 'a changed message to fail offline', 'it verified');
          const checked = expectSuccess(
            await ctx.send('Verify', {
              ...request,
              Message: encode(message),
              Signature: signed.Signature,
            }),
            'Verify',
            ['SignatureValid'],
          );
          demand(
            checked.SignatureValid === true,
            'Verify SignatureValid true',
            String(checked.SignatureValid),
          );
          expectError(
            await ctx.send('Verify', {
              ...request,
              Message: encode(changed),
              Signature: signed.Signature,
            }),
            ['KMSInvalidSignatureException'],
          );
        });
      }
      return pass();
    });
  },
});
