import type { OperationName } from '../../../src/contract/index.js';
import { encode, expectError } from '../../expect.js';
import { defineCheck, inCase, pass } from '../define.js';

export default defineCheck({
  id: 'asymmetric.usage-refusals',
  title: 'Keys of the wrong usage are refused with InvalidKeyUsageException',
  area: 'asymmetric',
  rule: 'Sign and Verify with a key that is not SIGN_VERIFY, GenerateMac and VerifyMac with one that is not GENERATE_VERIFY_MAC, and DeriveSharedSecret with one that is not KEY_AGREEMENT are InvalidKeyUsageException',
  evidence: [
    'recorded.agreement-usage',
    'recorded.agreement-usage-encrypt',
    'recorded.sign-usage',
    'recorded.verify-usage',
    'recorded.mac-usage',
    'model.invalid-key-usage',
    'model.algorithm-key-spec',
  ],
  severity: 'required',
  needs: ['sign-key', 'asymmetric-key', 'symmetric-key', 'hmac-key'],
  async run(ctx, { sign: signing, asymmetric, symmetric, hmac }) {
    const peer = await ctx.send('GetPublicKey', { KeyId: signing.keyId });
    const PublicKey = (peer.json as { PublicKey?: string } | undefined)?.PublicKey ?? 'AAAA';
    const Message = encode(new Uint8Array([1, 2, 3]));
    const Signature = encode(new Uint8Array(64).fill(1));
    const Mac = encode(new Uint8Array(32).fill(1));
    const cases: Array<[string, OperationName, Record<string, unknown>]> = [
      [
        'DeriveSharedSecret with a SIGN_VERIFY key',
        'DeriveSharedSecret',
        { KeyId: signing.keyId, KeyAgreementAlgorithm: 'ECDH', PublicKey },
      ],
      [
        'DeriveSharedSecret with an ENCRYPT_DECRYPT key',
        'DeriveSharedSecret',
        { KeyId: symmetric.keyId, KeyAgreementAlgorithm: 'ECDH', PublicKey },
      ],
      [
        'Sign with an ENCRYPT_DECRYPT key',
        'Sign',
        { KeyId: asymmetric.keyId, Message, SigningAlgorithm: 'RSASSA_PSS_SHA_256' },
      ],
      [
        'Sign with a GENERATE_VERIFY_MAC key',
        'Sign',
        { KeyId: hmac.keyId, Message, SigningAlgorithm: 'RSASSA_PSS_SHA_256' },
      ],
      [
        'Verify with an ENCRYPT_DECRYPT key',
        'Verify',
        { KeyId: symmetric.keyId, Message, Signature, SigningAlgorithm: 'RSASSA_PSS_SHA_256' },
      ],
      [
        'GenerateMac with an ENCRYPT_DECRYPT key',
        'GenerateMac',
        { KeyId: symmetric.keyId, Message, MacAlgorithm: 'HMAC_SHA_256' },
      ],
      [
        'GenerateMac with a SIGN_VERIFY key',
        'GenerateMac',
        { KeyId: signing.keyId, Message, MacAlgorithm: 'HMAC_SHA_256' },
      ],
      [
        'VerifyMac with a SIGN_VERIFY key',
        'VerifyMac',
        { KeyId: signing.keyId, Message, Mac, MacAlgorithm: 'HMAC_SHA_256' },
      ],
    ];
    for (const [name, operation, body] of cases)
      await inCase(name, async () =>
        expectError(await ctx.send(operation, body), ['InvalidKeyUsageException']),
      );
    return pass();
  },
});
