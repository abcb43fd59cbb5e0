// Encryption, data keys and re-encryption: the requests of each recorded test,
// sent to the mock (see index.ts).
import { expect } from 'vitest';
import type { KmsEngine } from '../../../src/mock/index.js';
import { b64, unb64 } from '../helpers.js';
import { reply } from '../recorded-replay.js';
import { text, create, MESSAGE, withValues, type Scenario } from './common.js';

export const scenarios: Record<string, Scenario> = {};

for (const spec of ['RSA_2048', 'RSA_3072', 'RSA_4096'] as const)
  for (const algorithm of ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'] as const)
    scenarios[`TestKMS::test_encrypt_validate_plaintext_size_per_key_type[${spec}-${algorithm}]`] =
      async (kms) => {
        const key = await create(kms, { KeyUsage: 'ENCRYPT_DECRYPT', KeySpec: spec });
        // 880 bytes of text, given base64-encoded: 1176 bytes, over every RSA limit.
        const Plaintext = text(text('more than 500 bytes and less than 4096 bytes'.repeat(20)));
        const refused = kms.call('Encrypt', {
          KeyId: key.KeyId,
          Plaintext,
          EncryptionAlgorithm: algorithm,
        });
        return { replies: { 'generate-random-exc': await reply(refused) } };
      };

scenarios['TestKMS::test_error_messaging_for_invalid_keys'] = async (kms) => {
  const hmac = await create(kms, {
    Description: 'test key hmac',
    KeySpec: 'HMAC_224',
    KeyUsage: 'GENERATE_VERIFY_MAC',
  });
  const symmetric = await create(kms, { Description: 'test key encrypt decrypt' });
  const signing = await create(kms, {
    Description: 'test key sign verify',
    KeyUsage: 'SIGN_VERIFY',
    KeySpec: 'RSA_2048',
  });
  const message = text('test message 123!@#');
  const { CiphertextBlob } = await kms.call('Encrypt', {
    Plaintext: message,
    KeyId: symmetric.KeyId,
  });
  return {
    replies: {
      'generate-mac-invalid-key-id': withValues(
        await reply(
          kms.call('GenerateMac', {
            KeyId: symmetric.KeyId,
            Message: MESSAGE,
            MacAlgorithm: 'HMAC_SHA_224',
          }),
        ),
        { 'key-arn': symmetric.Arn },
      ),
      'sign-invalid-key-id': withValues(
        await reply(
          kms.call('Sign', {
            KeyId: hmac.KeyId,
            SigningAlgorithm: 'RSASSA_PSS_SHA_256',
            MessageType: 'RAW',
            Message: message,
          }),
        ),
        { 'key-arn': hmac.Arn },
      ),
      'verify-invalid-key-id': withValues(
        await reply(
          kms.call('Verify', {
            KeyId: symmetric.KeyId,
            SigningAlgorithm: 'ECDSA_SHA_256',
            MessageType: 'RAW',
            Message: text('test message'),
            Signature: text('random text'),
          }),
        ),
        { 'key-arn': symmetric.Arn },
      ),
      'encrypt-invalid-key-id': withValues(
        await reply(kms.call('Encrypt', { Plaintext: message, KeyId: signing.KeyId })),
        { 'key-arn': signing.Arn },
      ),
      'decrypt-invalid-key-id': await reply(
        kms.call('Decrypt', { CiphertextBlob, KeyId: hmac.KeyId }),
      ),
    },
  };
};

scenarios['TestKMS::test_plaintext_size_for_encrypt'] = async (kms) => {
  const key = await create(kms);
  const Plaintext = text(text('test message 123 !%$@ 1234567890'.repeat(100)));
  return {
    replies: {
      'invalid-plaintext-size-encrypt': await reply(
        kms.call('Encrypt', { KeyId: key.KeyId, Plaintext }),
      ),
    },
  };
};

const GENERATE = 'TestKMSGenerateKeys::';
scenarios[`${GENERATE}test_generate_data_key_pair_without_plaintext`] = async (kms) => {
  const key = await create(kms);
  const made = kms.call('GenerateDataKeyPairWithoutPlaintext', {
    KeyId: key.KeyId,
    KeyPairSpec: 'RSA_2048',
  });
  return { replies: { 'generate-data-key-pair-without-plaintext': await reply(made) } };
};

scenarios[`${GENERATE}test_generate_data_key_pair`] = async (kms) => {
  const key = await create(kms);
  const made = await reply(
    kms.call('GenerateDataKeyPair', { KeyId: key.KeyId, KeyPairSpec: 'RSA_2048' }),
  );
  const pair = made.body as { PrivateKeyCiphertextBlob: string; PrivateKeyPlaintext: string };
  const opened = await kms.call('Decrypt', {
    CiphertextBlob: pair.PrivateKeyCiphertextBlob,
    KeyId: key.KeyId,
  });
  expect(opened.Plaintext).toBe(pair.PrivateKeyPlaintext);
  return { replies: { 'generate-data-key-pair': made } };
};

scenarios[`${GENERATE}test_generate_data_key`] = async (kms) => {
  const key = await create(kms);
  const made = await reply(kms.call('GenerateDataKey', { KeyId: key.KeyId, KeySpec: 'AES_256' }));
  const dataKey = made.body as { CiphertextBlob: string; Plaintext: string };
  const opened = await kms.call('Decrypt', {
    CiphertextBlob: dataKey.CiphertextBlob,
    KeyId: key.KeyId,
  });
  expect(opened.Plaintext).toBe(dataKey.Plaintext);
  return { replies: { 'generate-data-key-result': made } };
};

scenarios[`${GENERATE}test_generate_data_key_without_plaintext`] = async (kms) => {
  const key = await create(kms);
  const made = kms.call('GenerateDataKeyWithoutPlaintext', {
    KeyId: key.KeyId,
    KeySpec: 'AES_256',
  });
  return { replies: { 'generate-data-key-without-plaintext': await reply(made) } };
};

const CONTEXT = { 'context-key': 'context-value' };

scenarios['TestKMS::test_encrypt_decrypt_encryption_context'] = async (kms) => {
  const key = await create(kms);
  const common = { KeyId: key.KeyId, EncryptionAlgorithm: 'SYMMETRIC_DEFAULT' } as const;
  const encrypted = await reply(
    kms.call('Encrypt', {
      ...common,
      Plaintext: text(text('test message 123 !%$@ 1234567890')),
      EncryptionContext: CONTEXT,
    }),
  );
  const CiphertextBlob = (encrypted.body as { CiphertextBlob: string }).CiphertextBlob;
  // The recorded test cuts off the first bytes of the ciphertext (its own header length).
  const cut = b64(unb64(CiphertextBlob).subarray(64));
  return {
    replies: {
      encrypt_response: encrypted,
      decrypt_response_with_encryption_context: await reply(
        kms.call('Decrypt', { ...common, CiphertextBlob, EncryptionContext: CONTEXT }),
      ),
      decrypt_response_without_encryption_context: await reply(
        kms.call('Decrypt', { ...common, CiphertextBlob }),
      ),
      decrypt_response_with_invalid_ciphertext: await reply(
        kms.call('Decrypt', { ...common, CiphertextBlob: cut, EncryptionContext: CONTEXT }),
      ),
    },
  };
};

for (const [test, seal] of [
  [
    'test_encryption_context_generate_data_key',
    async (kms: KmsEngine, KeyId: string) =>
      (await kms.call('GenerateDataKey', { KeyId, KeySpec: 'AES_256', EncryptionContext: CONTEXT }))
        .CiphertextBlob,
  ],
  [
    'test_encryption_context_generate_data_key_without_plaintext',
    async (kms: KmsEngine, KeyId: string) =>
      (
        await kms.call('GenerateDataKeyWithoutPlaintext', {
          KeyId,
          KeySpec: 'AES_256',
          EncryptionContext: CONTEXT,
        })
      ).CiphertextBlob,
  ],
  [
    'test_encryption_context_generate_data_key_pair',
    async (kms: KmsEngine, KeyId: string) =>
      (
        await kms.call('GenerateDataKeyPair', {
          KeyId,
          KeyPairSpec: 'RSA_2048',
          EncryptionContext: CONTEXT,
        })
      ).PrivateKeyCiphertextBlob,
  ],
  [
    'test_encryption_context_generate_data_key_pair_without_plaintext',
    async (kms: KmsEngine, KeyId: string) =>
      (
        await kms.call('GenerateDataKeyPairWithoutPlaintext', {
          KeyId,
          KeyPairSpec: 'RSA_2048',
          EncryptionContext: CONTEXT,
        })
      ).PrivateKeyCiphertextBlob,
  ],
] as const)
  scenarios[`${GENERATE}${test}`] = async (kms) => {
    const key = await create(kms);
    const CiphertextBlob = await seal(kms, key.KeyId);
    return {
      replies: {
        'decrypt-without-encryption-context': await reply(
          kms.call('Decrypt', { CiphertextBlob, KeyId: key.KeyId }),
        ),
      },
    };
  };

scenarios[`${GENERATE}test_generate_data_key_pair_dry_run`] = async (kms) => {
  const key = await create(kms);
  const dry = kms.call('GenerateDataKeyPair', {
    KeyId: key.KeyId,
    KeyPairSpec: 'RSA_2048',
    DryRun: true,
  });
  return { replies: { dryrun_exception: await reply(dry) } };
};

scenarios[`${GENERATE}test_generate_data_key_pair_without_plaintext_dry_run`] = async (kms) => {
  const key = await create(kms);
  const input = { KeyId: key.KeyId, KeyPairSpec: 'RSA_2048' } as const;
  await kms.call('GenerateDataKeyPairWithoutPlaintext', input);
  const dry = kms.call('GenerateDataKeyPairWithoutPlaintext', { ...input, DryRun: true });
  return { replies: { dryrun_exception: await reply(dry) } };
};

for (const [spec, algorithm] of [
  ['SYMMETRIC_DEFAULT', 'SYMMETRIC_DEFAULT'],
  ['RSA_2048', 'RSAES_OAEP_SHA_256'],
] as const)
  scenarios[`TestKMS::test_re_encrypt[${spec}-${algorithm}]`] = async (kms) => {
    const usage = { KeyUsage: 'ENCRYPT_DECRYPT', KeySpec: spec } as const;
    const source = await create(kms, usage);
    const destination = await create(kms, usage);
    const { CiphertextBlob } = await kms.call('Encrypt', {
      KeyId: source.KeyId,
      Plaintext: text(text('test message 123 !%$@ 1234567890')),
      EncryptionAlgorithm: algorithm,
    });
    const reEncrypted = await reply(
      kms.call('ReEncrypt', {
        SourceKeyId: source.KeyId,
        DestinationKeyId: destination.KeyId,
        CiphertextBlob,
        SourceEncryptionAlgorithm: algorithm,
        DestinationEncryptionAlgorithm: algorithm,
      }),
    );
    return {
      replies: { test_re_encrypt: reEncrypted },
      values: { 'key-arn': source.Arn, 'key-id:1': destination.Arn },
    };
  };

scenarios['TestKMS::test_re_encrypt_incorrect_source_key'] = async (kms) => {
  const source = await create(kms, { KeyUsage: 'ENCRYPT_DECRYPT', KeySpec: 'SYMMETRIC_DEFAULT' });
  const { CiphertextBlob } = await kms.call('Encrypt', {
    KeyId: source.KeyId,
    Plaintext: text(text('test message 123 !%$@ 1234567890')),
    EncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
  });
  const hmac = await create(kms, {
    Description: 'test hmac key',
    KeySpec: 'HMAC_224',
    KeyUsage: 'GENERATE_VERIFY_MAC',
  });
  const refused = kms.call('ReEncrypt', {
    SourceKeyId: hmac.KeyId,
    DestinationKeyId: hmac.KeyId,
    CiphertextBlob,
    SourceEncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
    DestinationEncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
  });
  return { replies: { 'incorrect-source-key': await reply(refused) } };
};
