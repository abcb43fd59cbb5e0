import { encode, expectError } from '../../expect.js';
import { defineCheck, inCase, pass } from '../define.js';

export default defineCheck({
  id: 'asymmetric.usage-refusals',
  title: 'Keys of the wrong usage are refused with InvalidKeyUsageException',
  area: 'asymmetric',
  rule: 'DeriveSharedSecret with a SIGN_VERIFY key, Sign with an ENCRYPT_DECRYPT RSA key and GenerateMac with a symmetric key are InvalidKeyUsageException',
  evidence: ['recorded.agreement-usage', 'model.invalid-key-usage'],
  severity: 'required',
  needs: ['sign-key', 'asymmetric-key', 'symmetric-key'],
  async run(ctx, { sign: signing, asymmetric, symmetric }) {
    const peer = await ctx.send('GetPublicKey', { KeyId: signing.keyId });
    const PublicKey = (peer.json as { PublicKey?: string } | undefined)?.PublicKey ?? 'AAAA';
    const Message = encode(new Uint8Array([1, 2, 3]));
    await inCase('DeriveSharedSecret with a SIGN_VERIFY key', async () =>
      expectError(
        await ctx.send('DeriveSharedSecret', {
          KeyId: signing.keyId,
          KeyAgreementAlgorithm: 'ECDH',
          PublicKey,
        }),
        ['InvalidKeyUsageException'],
      ),
    );
    await inCase('Sign with an ENCRYPT_DECRYPT key', async () =>
      expectError(
        await ctx.send('Sign', {
          KeyId: asymmetric.keyId,
          Message,
          SigningAlgorithm: 'RSASSA_PSS_SHA_256',
        }),
        ['InvalidKeyUsageException'],
      ),
    );
    await inCase('GenerateMac with a symmetric key', async () =>
      expectError(
        await ctx.send('GenerateMac', {
          KeyId: symmetric.keyId,
          Message,
          MacAlgorithm: 'HMAC_SHA_256',
        }),
        ['InvalidKeyUsageException'],
      ),
    );
    return pass();
  },
});
