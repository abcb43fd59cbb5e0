import { shake256 } from '@noble/hashes/sha3.js';
import { ml_dsa44 } from '@noble/post-quantum/ml-dsa.js';
import { decode, detailOf, encode, expectError, expectSuccess } from '../../expect.js';
import { CheckFailure } from '../../failure.js';
import { defineCheck, inCase, pass } from '../define.js';
import { withKeyOfSpec } from './key-of-spec.js';
import { demand } from './public-key.js';
import { spkiParts } from './spki.js';

/** id-ml-dsa-44 (RFC 9881 / NIST CSOR) and the sizes FIPS 204 Table 2 gives ML-DSA-44. */
const ML_DSA_44_OID = '2.16.840.1.101.3.4.3.17';
const PUBLIC_KEY_BYTES = 1312;
const SIGNATURE_BYTES = 2420;

export default defineCheck({
  id: 'asymmetric.ml-dsa',
  title: 'An ML-DSA signature verifies offline, over the message and over an external mu',
  area: 'asymmetric',
  rule: 'An ML_DSA_44 key signs with ML_DSA_SHAKE_256 a FIPS 204 ML-DSA-44 signature that verifies offline with the GetPublicKey key, RAW and as EXTERNAL_MU of the same message; a changed message fails offline and through Verify',
  evidence: [
    'model.key-specs',
    'model.message-type',
    'docs.ml-dsa-offline',
    'docs.get-public-key',
    'recorded.bad-signature',
  ],
  severity: 'required',
  needs: ['key-creation'],
  async run(ctx) {
    return withKeyOfSpec(ctx, 'ML_DSA_44', 'SIGN_VERIFY', async (key) => {
      const message = new TextEncoder().encode(`kms-contract ${ctx.seed} ml-dsa`);
      const changed = Uint8Array.from(message, (b, i) => (i === 0 ? b ^ 1 : b));
      const reply = await ctx.send('GetPublicKey', { KeyId: key.keyId });
      const spki = spkiParts(decode(expectSuccess(reply, 'GetPublicKey', ['PublicKey']).PublicKey));
      if (spki?.oid !== ML_DSA_44_OID || spki.key.length !== PUBLIC_KEY_BYTES)
        throw new CheckFailure(
          `GetPublicKey PublicKey as an ML-DSA-44 SubjectPublicKeyInfo (${ML_DSA_44_OID}, ${PUBLIC_KEY_BYTES}-byte key)`,
          spki
            ? `algorithm ${spki.oid}, a ${spki.key.length}-byte key`
            : 'not a SubjectPublicKeyInfo',
          { ...detailOf(reply), kind: 'content' },
        );
      const publicKey = spki.key;
      const sign = async (body: Record<string, unknown>) => {
        const signed = expectSuccess(
          await ctx.send('Sign', {
            KeyId: key.keyId,
            SigningAlgorithm: 'ML_DSA_SHAKE_256',
            ...body,
          }),
          'Sign',
          ['Signature'],
        );
        const signature = decode(signed.Signature);
        demand(
          signature.length === SIGNATURE_BYTES,
          `a ${SIGNATURE_BYTES}-byte ML-DSA-44 signature`,
          `${signature.length} bytes`,
        );
        return signature;
      };
      const offline = (signature: Uint8Array, data: Uint8Array) => {
        try {
          return ml_dsa44.verify(signature, data, publicKey);
        } catch {
          return false;
        }
      };

      const raw = await inCase('MessageType RAW', async () => {
        const signature = await sign({ Message: encode(message), MessageType: 'RAW' });
        demand(
          offline(signature, message),
          'a signature that verifies offline as ML-DSA-44 (FIPS 204, empty context)',
          'one that does not',
        );
        demand(!offline(signature, changed), 'a changed message to fail offline', 'it verified');
        return signature;
      });

      await inCase('MessageType EXTERNAL_MU', async () => {
        // mu = SHAKE256(SHAKE256(pk, 64) || 0 || 0 || M, 64): FIPS 204 Algorithm 2, empty context.
        const tr = shake256(publicKey, { dkLen: 64 });
        const mu = shake256(Uint8Array.from([...tr, 0, 0, ...message]), { dkLen: 64 });
        const signature = await sign({ Message: encode(mu), MessageType: 'EXTERNAL_MU' });
        demand(
          offline(signature, message),
          'a signature of the external mu that verifies offline as ML-DSA-44 of the message',
          'one that does not',
        );
      });

      await inCase('Verify', async () => {
        const request = { KeyId: key.keyId, SigningAlgorithm: 'ML_DSA_SHAKE_256' } as const;
        const checked = expectSuccess(
          await ctx.send('Verify', {
            ...request,
            Message: encode(message),
            Signature: encode(raw),
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
            Signature: encode(raw),
          }),
          ['KMSInvalidSignatureException'],
        );
      });
      return pass();
    });
  },
});
