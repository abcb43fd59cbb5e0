import { createHash, verify } from 'node:crypto';
import { ed25519ph } from '@noble/curves/ed25519.js';
import { decode, encode, expectError, expectRefusal, expectSuccess } from '../../expect.js';
import type { CheckContext, KeyRef } from '../../types.js';
import { defineCheck, inCase, pass } from '../define.js';
import { withKeyOfSpec } from './key-of-spec.js';
import { demand, publicKeyOf } from './public-key.js';

/** Sign's signature for this request, which must be 64 bytes (RFC 8032 §5.1.6: R || S). */
async function signed(ctx: CheckContext, key: KeyRef, body: Record<string, unknown>) {
  const reply = expectSuccess(await ctx.send('Sign', { KeyId: key.keyId, ...body }), 'Sign', [
    'Signature',
  ]);
  const signature = decode(reply.Signature);
  demand(signature.length === 64, 'a 64-byte Ed25519 signature', `${signature.length} bytes`);
  return signature;
}

export default defineCheck({
  id: 'asymmetric.ed25519',
  title: 'Ed25519 and Ed25519ph signatures verify offline, and each takes only its MessageType',
  area: 'asymmetric',
  rule: 'An ECC_NIST_EDWARDS25519 key signs RAW with ED25519_SHA_512 (RFC 8032 Ed25519) and a SHA-512 DIGEST with ED25519_PH_SHA_512 (Ed25519ph of the digest); both verify offline and through Verify, a changed message fails, and the other MessageType is refused',
  evidence: [
    'model.key-specs',
    'model.message-type',
    'docs.get-public-key',
    'docs.sign',
    'recorded.bad-signature',
  ],
  severity: 'required',
  needs: ['key-creation'],
  async run(ctx) {
    return withKeyOfSpec(ctx, 'ECC_NIST_EDWARDS25519', 'SIGN_VERIFY', async (key) => {
      const message = new TextEncoder().encode(`kms-contract ${ctx.seed} ed25519`);
      const changed = Uint8Array.from(message, (b, i) => (i === 0 ? b ^ 1 : b));
      const publicKey = await publicKeyOf(ctx, key);
      demand(
        publicKey.asymmetricKeyType === 'ed25519',
        'GetPublicKey of an ECC_NIST_EDWARDS25519 key to give an Ed25519 public key',
        `a ${publicKey.asymmetricKeyType ?? 'unknown'} key`,
      );
      const point = Buffer.from(String(publicKey.export({ format: 'jwk' }).x), 'base64url');

      const pure = { SigningAlgorithm: 'ED25519_SHA_512', MessageType: 'RAW' } as const;
      await inCase('ED25519_SHA_512 RAW', async () => {
        const signature = await signed(ctx, key, { ...pure, Message: encode(message) });
        demand(
          verify(null, message, publicKey, signature),
          'a signature that verifies offline as Ed25519 (RFC 8032)',
          'one that does not',
        );
        demand(
          !verify(null, changed, publicKey, signature),
          'a changed message to fail',
          'it verified',
        );
        const checked = expectSuccess(
          await ctx.send('Verify', {
            KeyId: key.keyId,
            ...pure,
            Message: encode(message),
            Signature: encode(signature),
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
            KeyId: key.keyId,
            ...pure,
            Message: encode(changed),
            Signature: encode(signature),
          }),
          ['KMSInvalidSignatureException'],
        );
      });

      const prehashed = { SigningAlgorithm: 'ED25519_PH_SHA_512', MessageType: 'DIGEST' } as const;
      await inCase('ED25519_PH_SHA_512 DIGEST', async () => {
        const digest = createHash('sha512').update(message).digest();
        const signature = await signed(ctx, key, { ...prehashed, Message: encode(digest) });
        // KMS applies Ed25519ph's own SHA-512 to the digest it is given: the digest is the message.
        demand(
          ed25519ph.verify(signature, digest, point),
          'a signature that verifies offline as Ed25519ph of the digest (RFC 8032 §5.1)',
          'one that does not',
        );
        const checked = expectSuccess(
          await ctx.send('Verify', {
            KeyId: key.keyId,
            ...prehashed,
            Message: encode(digest),
            Signature: encode(signature),
          }),
          'Verify',
          ['SignatureValid'],
        );
        demand(
          checked.SignatureValid === true,
          'Verify SignatureValid true',
          String(checked.SignatureValid),
        );
        const other = createHash('sha512').update(changed).digest();
        expectError(
          await ctx.send('Verify', {
            KeyId: key.keyId,
            ...prehashed,
            Message: encode(other),
            Signature: encode(signature),
          }),
          ['KMSInvalidSignatureException'],
        );
      });

      await inCase('ED25519_SHA_512 with MessageType DIGEST', async () =>
        expectRefusal(
          await ctx.send('Sign', {
            KeyId: key.keyId,
            SigningAlgorithm: 'ED25519_SHA_512',
            MessageType: 'DIGEST',
            Message: encode(createHash('sha512').update(message).digest()),
          }),
        ),
      );
      await inCase('ED25519_PH_SHA_512 with MessageType RAW', async () =>
        expectRefusal(
          await ctx.send('Sign', {
            KeyId: key.keyId,
            SigningAlgorithm: 'ED25519_PH_SHA_512',
            MessageType: 'RAW',
            Message: encode(message),
          }),
        ),
      );
      return pass();
    });
  },
});
