import { encode, expectError } from '../../expect.js';
import { defineCheck, inCase, pass } from '../define.js';
import { withKeyOfSpec } from './key-of-spec.js';

export default defineCheck({
  id: 'asymmetric.algorithm-mismatch',
  title: 'An algorithm the key spec does not have is InvalidKeyUsageException',
  area: 'asymmetric',
  rule: 'Sign and Verify with ECDSA_SHA_384 or RSASSA_PSS_SHA_256 on an ECC_NIST_P256 key, and GenerateMac with HMAC_SHA_256 on an HMAC_224 key, are InvalidKeyUsageException',
  evidence: ['model.algorithm-key-spec', 'recorded.mac-spec-message'],
  severity: 'required',
  needs: ['sign-key', 'key-creation'],
  async run(ctx, { sign: key }) {
    const Message = encode(new Uint8Array(32).fill(3));
    for (const SigningAlgorithm of ['ECDSA_SHA_384', 'RSASSA_PSS_SHA_256'] as const) {
      await inCase(`Sign ${SigningAlgorithm} with an ECC_NIST_P256 key`, async () =>
        expectError(await ctx.send('Sign', { KeyId: key.keyId, Message, SigningAlgorithm }), [
          'InvalidKeyUsageException',
        ]),
      );
      await inCase(`Verify ${SigningAlgorithm} with an ECC_NIST_P256 key`, async () =>
        expectError(
          await ctx.send('Verify', {
            KeyId: key.keyId,
            Message,
            SigningAlgorithm,
            Signature: encode(new Uint8Array(64).fill(1)),
          }),
          ['InvalidKeyUsageException'],
        ),
      );
    }
    await withKeyOfSpec(ctx, 'HMAC_224', 'GENERATE_VERIFY_MAC', async (hmac) =>
      inCase('GenerateMac HMAC_SHA_256 with an HMAC_224 key', async () =>
        expectError(
          await ctx.send('GenerateMac', {
            KeyId: hmac.keyId,
            Message,
            MacAlgorithm: 'HMAC_SHA_256',
          }),
          ['InvalidKeyUsageException'],
        ),
      ),
    );
    return pass();
  },
});
