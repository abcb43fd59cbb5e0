// Imported key material: the requests of each recorded test, sent to the mock (see index.ts).
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { b64 } from '../helpers.js';
import { part, reply } from '../recorded-replay.js';
import {
  text,
  create,
  describe,
  importParameters,
  forever,
  privateKeyDer,
  importedKey,
  type Scenario,
} from './common.js';

export const scenarios: Record<string, Scenario> = {};

scenarios['TestKMS::test_import_key_symmetric'] = async (kms) => {
  const key = await create(kms, { Origin: 'EXTERNAL' });
  const plaintext = text('test content 123 !#');
  const encrypt = () => reply(kms.call('Encrypt', { KeyId: key.KeyId, Plaintext: plaintext }));
  const encryptBefore = await encrypt();
  const { importWith } = await importParameters(kms, key.KeyId);
  const material = randomBytes(32);
  const describedBefore = await describe(kms, key.KeyId);
  const withoutValidTo = await importWith(material, {});
  await importWith(material, forever);
  const describedAfter = await describe(kms, key.KeyId);
  const { CiphertextBlob } = await kms.call('Encrypt', { KeyId: key.KeyId, Plaintext: plaintext });
  const opened = await kms.call('Decrypt', { CiphertextBlob, KeyId: key.KeyId });
  expect(opened.Plaintext).toBe(plaintext);
  await kms.call('DeleteImportedKeyMaterial', { KeyId: key.KeyId });
  return {
    replies: {
      'created-key': part(key),
      'encrypt-before-import-error': encryptBefore,
      'describe-key-before-import': describedBefore,
      'import-expiring-key-without-valid-to': withoutValidTo,
      'describe-key-after-import': describedAfter,
      'describe-key-after-deleted-import': await describe(kms, key.KeyId),
      'encrypt-after-delete-error': await encrypt(),
    },
  };
};

scenarios['TestKMS::test_import_key_asymmetric'] = async (kms) => {
  const key = await create(kms, {
    Origin: 'EXTERNAL',
    KeySpec: 'ECC_NIST_P256',
    KeyUsage: 'SIGN_VERIFY',
  });
  const { importWith } = await importParameters(kms, key.KeyId);
  const describedBefore = await describe(kms, key.KeyId);
  await importWith(privateKeyDer('prime256v1'), forever);
  const describedAfter = await describe(kms, key.KeyId);
  const signing = {
    KeyId: key.KeyId,
    SigningAlgorithm: 'ECDSA_SHA_256',
    MessageType: 'RAW',
  } as const;
  const Message = text('test content 123 !#');
  const { Signature = '' } = await kms.call('Sign', { ...signing, Message });
  expect((await kms.call('Verify', { ...signing, Message, Signature })).SignatureValid).toBe(true);
  await kms.call('DeleteImportedKeyMaterial', { KeyId: key.KeyId });
  return {
    replies: {
      'created-key': part(key),
      'describe-key-before-import': describedBefore,
      'describe-key-after-import': describedAfter,
      'describe-key-after-deleted-import': await describe(kms, key.KeyId),
    },
  };
};

scenarios['TestKMS::test_get_parameters_for_import'] = async (kms) => {
  const external = await create(kms, {
    KeyUsage: 'SIGN_VERIFY',
    KeySpec: 'ECC_NIST_P256',
    Origin: 'EXTERNAL',
  });
  const { answer } = await importParameters(kms, external.KeyId, 'RSAES_OAEP_SHA_256', 'RSA_4096');
  expect(answer.status).toBe(200);
  const key = await create(kms);
  return {
    replies: {
      'response-error': await reply(
        kms.call('GetParametersForImport', {
          KeyId: key.KeyId,
          WrappingAlgorithm: 'RSAES_OAEP_SHA_256',
          WrappingKeySpec: 'RSA_4096',
        }),
      ),
    },
    values: { 'key-arn': key.Arn },
  };
};

scenarios['TestKMS::test_import_key_material_raises_if_there_is_already_key_material_pending'] =
  async (kms) => {
    const { key, imported, importNew } = await importedKey(kms);
    const pending = await importNew();
    const refused = await importNew();
    return {
      replies: {
        'import-initial-material-response': imported,
        'import-pending-material-response': pending,
        'existing-pending-material-error': refused,
      },
      values: { 'key-id:1': key.Arn },
    };
  };

scenarios['TestKMS::test_get_parameters_for_import_raises_for_non_external_kms_keys'] = async (
  kms,
) => {
  const key = await create(kms);
  return {
    replies: {
      'get-import-parameters-error': await reply(
        kms.call('GetParametersForImport', {
          KeyId: key.KeyId,
          WrappingAlgorithm: 'RSAES_OAEP_SHA_256',
          WrappingKeySpec: 'RSA_2048',
        }),
      ),
    },
    values: { 'key-arn': key.Arn },
  };
};

scenarios['TestKMS::test_import_key_rsa_aes_wrap_sha256'] = async (kms) => {
  const key = await create(kms, {
    Origin: 'EXTERNAL',
    KeySpec: 'RSA_4096',
    KeyUsage: 'ENCRYPT_DECRYPT',
    Description: 'test-key',
  });
  const pair = generateKeyPairSync('rsa', { modulusLength: 4096 });
  const { importWith } = await importParameters(
    kms,
    key.KeyId,
    'RSA_AES_KEY_WRAP_SHA_256',
    'RSA_4096',
  );
  const describedBefore = await describe(kms, key.KeyId);
  await importWith(pair.privateKey.export({ format: 'der', type: 'pkcs8' }), forever);
  const describedAfter = await describe(kms, key.KeyId);
  const { PublicKey } = await kms.call('GetPublicKey', { KeyId: key.KeyId });
  expect(PublicKey).toBe(b64(pair.publicKey.export({ format: 'der', type: 'spki' })));
  await kms.call('DeleteImportedKeyMaterial', { KeyId: key.KeyId });
  return {
    replies: {
      'describe-before-import': describedBefore,
      'import-key-material-response': describedAfter,
      'describe-key-after-deleted-import': await describe(kms, key.KeyId),
    },
  };
};

for (const [spec, curve, SigningAlgorithm, wrappingSpec, wrapping] of [
  ['ECC_NIST_P256', 'prime256v1', 'ECDSA_SHA_256', 'RSA_2048', 'RSAES_OAEP_SHA_1'],
  ['ECC_NIST_P384', 'secp384r1', 'ECDSA_SHA_384', 'RSA_2048', 'RSAES_OAEP_SHA_1'],
  ['ECC_NIST_P521', 'secp521r1', 'ECDSA_SHA_512', 'RSA_4096', 'RSAES_OAEP_SHA_256'],
  ['ECC_SECG_P256K1', 'secp256k1', 'ECDSA_SHA_256', 'RSA_2048', 'RSAES_OAEP_SHA_1'],
] as const)
  scenarios[`TestKMS::test_import_key_ecc_keys[${spec}]`] = async (kms) => {
    const key = await create(kms, {
      Origin: 'EXTERNAL',
      KeySpec: spec,
      KeyUsage: 'SIGN_VERIFY',
      Description: 'test ecc key import',
    });
    const pair = generateKeyPairSync('ec', { namedCurve: curve });
    const { importWith } = await importParameters(kms, key.KeyId, wrapping, wrappingSpec);
    const describedBefore = await describe(kms, key.KeyId);
    await importWith(pair.privateKey.export({ format: 'der', type: 'pkcs8' }), forever);
    const describedAfter = await describe(kms, key.KeyId);
    const { PublicKey } = await kms.call('GetPublicKey', { KeyId: key.KeyId });
    expect(PublicKey).toBe(b64(pair.publicKey.export({ format: 'der', type: 'spki' })));
    const signing = { KeyId: key.KeyId, MessageType: 'RAW', SigningAlgorithm } as const;
    const Message = text('test sign verify 123 !%$@ 1234567890');
    const signed = await reply(kms.call('Sign', { ...signing, Message }));
    const Signature = (signed.body as { Signature: string }).Signature;
    const verified = await reply(kms.call('Verify', { ...signing, Message, Signature }));
    await kms.call('DeleteImportedKeyMaterial', { KeyId: key.KeyId });
    return {
      replies: {
        'describe-key-before-import': describedBefore,
        'describe-key-after-import': describedAfter,
        'sign-result': signed,
        'verify-result': verified,
        'describe-key-after-deleted-import': await describe(kms, key.KeyId),
      },
    };
  };

for (const [spec, length, MacAlgorithm] of [
  ['HMAC_224', 28, 'HMAC_SHA_224'],
  ['HMAC_256', 32, 'HMAC_SHA_256'],
  ['HMAC_384', 48, 'HMAC_SHA_384'],
  ['HMAC_512', 64, 'HMAC_SHA_512'],
] as const)
  scenarios[`TestKMS::test_import_key_hmac_keys[${spec}]`] = async (kms) => {
    const key = await create(kms, {
      Origin: 'EXTERNAL',
      KeySpec: spec,
      KeyUsage: 'GENERATE_VERIFY_MAC',
      Description: 'test import hmac key',
    });
    const { importWith } = await importParameters(kms, key.KeyId, 'RSAES_OAEP_SHA_256', 'RSA_4096');
    const describedBefore = await describe(kms, key.KeyId);
    await importWith(randomBytes(length), forever);
    const describedAfter = await describe(kms, key.KeyId);
    const Message = text('test-mac-message');
    const generated = await reply(
      kms.call('GenerateMac', { KeyId: key.KeyId, Message, MacAlgorithm }),
    );
    const Mac = (generated.body as { Mac: string }).Mac;
    const verified = await reply(
      kms.call('VerifyMac', { KeyId: key.KeyId, Message, Mac, MacAlgorithm }),
    );
    await kms.call('DeleteImportedKeyMaterial', { KeyId: key.KeyId });
    return {
      replies: {
        'describe-key-before-import': describedBefore,
        'describe-key-after-import': describedAfter,
        'generate-mac-response': generated,
        'verify-mac-response': verified,
        'describe-key-after-deleted-import': await describe(kms, key.KeyId),
      },
    };
  };
