import { createHash, verify } from 'node:crypto';
import { decode, encode, expectError, expectSuccess } from '../../expect.js';
import { defineCheck, inCase, pass } from '../define.js';
import { demand, publicKeyOf } from './public-key.js';

export default defineCheck({
  id: 'asymmetric.message-type',
  title: 'A DIGEST of the message verifies the RAW signature, and the RAW message the DIGEST one',
  area: 'asymmetric',
  rule: 'With an ECC_NIST_P256 key and ECDSA_SHA_256, Verify DIGEST of SHA-256(message) accepts the RAW signature and Verify RAW accepts the DIGEST signature, which also verifies offline; Verify DIGEST of the wrong length is ValidationException',
  evidence: [
    'model.message-type',
    'recorded.digest-offline',
    'recorded.verify-bad-digest',
    'recorded.sign-verify',
  ],
  severity: 'required',
  needs: ['sign-key'],
  async run(ctx, { sign: key }) {
    const message = new TextEncoder().encode(`kms-contract ${ctx.seed} message type`);
    const digest = createHash('sha256').update(message).digest();
    const request = { KeyId: key.keyId, SigningAlgorithm: 'ECDSA_SHA_256' } as const;
    const signature = async (type: 'RAW' | 'DIGEST', sent: Uint8Array) =>
      expectSuccess(
        await ctx.send('Sign', { ...request, MessageType: type, Message: encode(sent) }),
        'Sign',
        ['Signature'],
      ).Signature ?? '';
    const verified = async (type: 'RAW' | 'DIGEST', sent: Uint8Array, Signature: string) => {
      const reply = expectSuccess(
        await ctx.send('Verify', {
          ...request,
          MessageType: type,
          Message: encode(sent),
          Signature,
        }),
        'Verify',
        ['SignatureValid'],
      );
      demand(
        reply.SignatureValid === true,
        'Verify SignatureValid true',
        String(reply.SignatureValid),
      );
    };

    const ofRaw = await signature('RAW', message);
    await inCase('Verify DIGEST of a RAW signature', () => verified('DIGEST', digest, ofRaw));
    const ofDigest = await signature('DIGEST', digest);
    await inCase('Verify RAW of a DIGEST signature', () => verified('RAW', message, ofDigest));
    const publicKey = await publicKeyOf(ctx, key);
    let offline = false;
    try {
      offline = verify('sha256', message, { key: publicKey, dsaEncoding: 'der' }, decode(ofDigest));
    } catch {
      // not a DER ECDSA signature
    }
    demand(offline, 'the DIGEST signature to verify offline against the message', 'it did not');
    await inCase('Verify DIGEST of 20 bytes', async () =>
      expectError(
        await ctx.send('Verify', {
          ...request,
          MessageType: 'DIGEST',
          Message: encode(digest.subarray(0, 20)),
          Signature: ofRaw,
        }),
        ['ValidationException'],
      ),
    );
    return pass();
  },
});
