import type { OperationName } from '../../../src/contract/index.js';
import { detailOf, encode, expectError } from '../../expect.js';
import { CheckFailure } from '../../failure.js';
import { defineCheck, inCase, pass } from '../define.js';
import { withKeyOfSpec } from './key-of-spec.js';

export default defineCheck({
  id: 'asymmetric.refusal-messages',
  title: 'Usage, algorithm, digest and plaintext-size refusals carry KMS’s messages',
  area: 'asymmetric',
  rule: "The messages of the recorded refusals: '<key ARN> key usage is <usage> which is not valid for <operation>.', 'Algorithm <mac> is incompatible with key spec <spec>.', 'Digest is invalid length for algorithm <algorithm>.' and 'Algorithm RSAES_OAEP_SHA_1 and key spec RSA_2048 cannot encrypt data larger than 214 bytes.'",
  evidence: [
    'recorded.agreement-usage',
    'recorded.mac-usage',
    'recorded.sign-usage',
    'recorded.verify-usage',
    'recorded.mac-algorithm',
    'recorded.mac-spec-message',
    'recorded.bad-digest',
    'recorded.rsa-plaintext-limit',
  ],
  severity: 'recommended',
  needs: ['sign-key', 'symmetric-key', 'hmac-key', 'asymmetric-key', 'key-creation'],
  async run(ctx, { sign: signing, symmetric, hmac, asymmetric }) {
    const Message = encode(new Uint8Array([1, 2, 3]));
    const peer = await ctx.send('GetPublicKey', { KeyId: signing.keyId });
    const PublicKey = (peer.json as { PublicKey?: string } | undefined)?.PublicKey ?? 'AAAA';
    const usage = (arn: string, keyUsage: string, operation: string) =>
      `${arn} key usage is ${keyUsage} which is not valid for ${operation}.`;
    const cases: Array<[OperationName, Record<string, unknown>, string, string]> = [
      [
        'DeriveSharedSecret',
        { KeyId: signing.keyId, KeyAgreementAlgorithm: 'ECDH', PublicKey },
        'InvalidKeyUsageException',
        usage(signing.arn, 'SIGN_VERIFY', 'DeriveSharedSecret'),
      ],
      [
        'GenerateMac',
        { KeyId: symmetric.keyId, Message, MacAlgorithm: 'HMAC_SHA_256' },
        'InvalidKeyUsageException',
        usage(symmetric.arn, 'ENCRYPT_DECRYPT', 'GenerateMac'),
      ],
      [
        'Sign',
        { KeyId: hmac.keyId, Message, SigningAlgorithm: 'ECDSA_SHA_256' },
        'InvalidKeyUsageException',
        usage(hmac.arn, 'GENERATE_VERIFY_MAC', 'Sign'),
      ],
      [
        'Verify',
        {
          KeyId: symmetric.keyId,
          Message,
          SigningAlgorithm: 'ECDSA_SHA_256',
          Signature: encode(new Uint8Array(64).fill(1)),
        },
        'InvalidKeyUsageException',
        usage(symmetric.arn, 'ENCRYPT_DECRYPT', 'Verify'),
      ],
      [
        'GenerateMac',
        { KeyId: hmac.keyId, Message, MacAlgorithm: 'HMAC_SHA_512' },
        'InvalidKeyUsageException',
        'Algorithm HMAC_SHA_512 is incompatible with key spec HMAC_256.',
      ],
      [
        'Sign',
        {
          KeyId: signing.keyId,
          Message: encode(new Uint8Array(20).fill(7)),
          MessageType: 'DIGEST',
          SigningAlgorithm: 'ECDSA_SHA_256',
        },
        'ValidationException',
        'Digest is invalid length for algorithm ECDSA_SHA_256.',
      ],
      [
        'Encrypt',
        {
          KeyId: asymmetric.keyId,
          Plaintext: encode(new Uint8Array(215).fill(1)),
          EncryptionAlgorithm: 'RSAES_OAEP_SHA_1',
        },
        'ValidationException',
        'Algorithm RSAES_OAEP_SHA_1 and key spec RSA_2048 cannot encrypt data larger than 214 bytes.',
      ],
    ];
    const judge = async (
      operation: OperationName,
      body: Record<string, unknown>,
      type: string,
      want: string,
    ) => {
      const reply = await ctx.send(operation, body);
      expectError(reply, [type]);
      if (reply.errorMessage !== want)
        throw new CheckFailure(
          `message ${JSON.stringify(want)}`,
          `message ${JSON.stringify(reply.errorMessage ?? null)}`,
          { ...detailOf(reply), kind: 'content' },
        );
    };
    for (const [operation, body, type, want] of cases)
      await inCase(operation, () => judge(operation, body, type, want));
    await withKeyOfSpec(ctx, 'HMAC_224', 'GENERATE_VERIFY_MAC', (key) =>
      inCase('GenerateMac on HMAC_224', () =>
        judge(
          'GenerateMac',
          { KeyId: key.keyId, Message, MacAlgorithm: 'HMAC_SHA_256' },
          'InvalidKeyUsageException',
          'Algorithm HMAC_SHA_256 is incompatible with key spec HMAC_224.',
        ),
      ),
    );
    return pass();
  },
});
