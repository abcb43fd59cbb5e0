import { verify } from 'node:crypto';
import { decode, encode, expectError, expectSuccess } from '../../expect.js';
import { defineCheck, inCase, pass } from '../define.js';
import { demand, publicKeyOf } from './public-key.js';

export default defineCheck({
  id: 'asymmetric.sign-verify',
  title:
    'A signature verifies offline with the public key, and a changed message or signature fails',
  area: 'asymmetric',
  rule: 'Sign gives a DER ECDSA signature that verifies offline with GetPublicKey and through Verify; a changed message or signature fails both, Verify with KMSInvalidSignatureException',
  evidence: ['docs.sign', 'docs.get-public-key', 'recorded.sign-verify', 'recorded.bad-signature'],
  severity: 'required',
  needs: ['sign-key'],
  async run(ctx, { sign: signing }) {
    const message = new TextEncoder().encode(`kms-contract ${ctx.seed} sign`);
    const request = { KeyId: signing.keyId, SigningAlgorithm: 'ECDSA_SHA_256' } as const;
    const signed = expectSuccess(
      await ctx.send('Sign', { ...request, Message: encode(message), MessageType: 'RAW' }),
      'Sign',
      ['Signature'],
    );
    const signature = decode(signed.Signature);
    const publicKey = await publicKeyOf(ctx, signing);
    demand(
      publicKey.asymmetricKeyDetails?.namedCurve === 'prime256v1',
      'GetPublicKey of an ECC_NIST_P256 key to give a P-256 public key',
      `a ${publicKey.asymmetricKeyType ?? 'unknown'} key`,
    );
    const offline = (data: Uint8Array, sig: Uint8Array) => {
      try {
        return verify('sha256', data, { key: publicKey, dsaEncoding: 'der' }, sig);
      } catch {
        return false; // not a DER ECDSA signature at all
      }
    };
    demand(
      offline(message, signature),
      'a signature that verifies offline (ECDSA P-256, DER)',
      'one that does not',
    );
    const changed = Uint8Array.from(message, (b, i) => (i === 0 ? b ^ 1 : b));
    demand(
      !offline(changed, signature),
      'the signature to fail for a changed message offline',
      'it verified',
    );

    const verified = expectSuccess(
      await ctx.send('Verify', {
        ...request,
        Message: encode(message),
        Signature: signed.Signature,
      }),
      'Verify',
      ['SignatureValid'],
    );
    demand(
      verified.SignatureValid === true,
      'Verify SignatureValid true',
      String(verified.SignatureValid),
    );
    await inCase('a changed message', async () =>
      expectError(
        await ctx.send('Verify', {
          ...request,
          Message: encode(changed),
          Signature: signed.Signature,
        }),
        ['KMSInvalidSignatureException'],
      ),
    );
    const tampered = signature.slice();
    tampered[tampered.length - 1] = (tampered[tampered.length - 1] ?? 0) ^ 1;
    await inCase('a changed signature', async () =>
      expectError(
        await ctx.send('Verify', {
          ...request,
          Message: encode(message),
          Signature: encode(tampered),
        }),
        ['KMSInvalidSignatureException'],
      ),
    );
    return pass();
  },
});
