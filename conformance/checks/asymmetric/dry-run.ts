import type { OperationName } from '../../../src/contract/index.js';
import { encode, expectError } from '../../expect.js';
import { defineCheck, inCase, pass } from '../define.js';

export default defineCheck({
  id: 'asymmetric.dry-run',
  title: 'DryRun of each asymmetric, HMAC and key-agreement operation is DryRunOperationException',
  area: 'asymmetric',
  rule: 'With DryRun true, Sign, Verify, GenerateMac, VerifyMac, GenerateDataKeyPair, GenerateDataKeyPairWithoutPlaintext, DeriveSharedSecret and RSA Encrypt are DryRunOperationException',
  evidence: ['recorded.data-key-pair-dry-run', 'model.asymmetric-dry-run', 'docs.dry-run'],
  severity: 'required',
  needs: ['sign-key', 'hmac-key', 'symmetric-key', 'agreement-key', 'asymmetric-key'],
  async run(ctx, { sign: signing, hmac, symmetric, agreement, asymmetric }) {
    const Message = encode(new Uint8Array([1, 2, 3]));
    const peer = await ctx.send('GetPublicKey', { KeyId: signing.keyId });
    const PublicKey = (peer.json as { PublicKey?: string } | undefined)?.PublicKey ?? 'AAAA';
    const signed = await ctx.send('Sign', {
      KeyId: signing.keyId,
      Message,
      SigningAlgorithm: 'ECDSA_SHA_256',
    });
    const Signature = (signed.json as { Signature?: string } | undefined)?.Signature ?? 'AAAA';
    const made = await ctx.send('GenerateMac', {
      KeyId: hmac.keyId,
      Message,
      MacAlgorithm: 'HMAC_SHA_256',
    });
    const Mac = (made.json as { Mac?: string } | undefined)?.Mac ?? 'AAAA';
    // Verify and VerifyMac get a signature and a MAC that would verify: the call would succeed.
    const calls: Array<[OperationName, Record<string, unknown>]> = [
      ['Sign', { KeyId: signing.keyId, Message, SigningAlgorithm: 'ECDSA_SHA_256' }],
      ['Verify', { KeyId: signing.keyId, Message, Signature, SigningAlgorithm: 'ECDSA_SHA_256' }],
      ['GenerateMac', { KeyId: hmac.keyId, Message, MacAlgorithm: 'HMAC_SHA_256' }],
      ['VerifyMac', { KeyId: hmac.keyId, Message, Mac, MacAlgorithm: 'HMAC_SHA_256' }],
      [
        'Encrypt',
        { KeyId: asymmetric.keyId, Plaintext: Message, EncryptionAlgorithm: 'RSAES_OAEP_SHA_256' },
      ],
      ['GenerateDataKeyPair', { KeyId: symmetric.keyId, KeyPairSpec: 'ECC_NIST_P256' }],
      [
        'GenerateDataKeyPairWithoutPlaintext',
        { KeyId: symmetric.keyId, KeyPairSpec: 'ECC_NIST_P256' },
      ],
      ['DeriveSharedSecret', { KeyId: agreement.keyId, KeyAgreementAlgorithm: 'ECDH', PublicKey }],
    ];
    for (const [operation, body] of calls) {
      await inCase(operation, async () =>
        expectError(await ctx.send(operation, { ...body, DryRun: true }), [
          'DryRunOperationException',
        ]),
      );
    }
    return pass();
  },
});
