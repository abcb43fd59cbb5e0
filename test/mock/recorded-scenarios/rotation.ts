// Rotation: the requests of each recorded test, sent to the mock (see index.ts).
import { expect } from 'vitest';
import type { KmsEngine } from '../../../src/mock/index.js';
import { b64, unb64 } from '../helpers.js';
import { part, reply, type Reply } from '../recorded-replay.js';
import { text, arnOf, create, describe, importedKey, type Scenario } from './common.js';

export const scenarios: Record<string, Scenario> = {};

for (const days of [90, 180])
  scenarios[`TestKMS::test_key_enable_rotation_status[${days}]`] = async (kms) => {
    const key = await create(kms);
    await kms.call('EnableKeyRotation', { KeyId: key.KeyId, RotationPeriodInDays: days });
    return {
      replies: {
        match_response: await reply(kms.call('GetKeyRotationStatus', { KeyId: key.KeyId })),
      },
    };
  };

const rotate = (kms: KmsEngine, KeyId: string) => reply(kms.call('RotateKeyOnDemand', { KeyId }));
const rotationStatus = (kms: KmsEngine, KeyId: string) =>
  reply(kms.call('GetKeyRotationStatus', { KeyId }));

scenarios['TestKMS::test_rotate_key_on_demand_modifies_key_material'] = async (kms) => {
  const key = await create(kms, { KeyUsage: 'ENCRYPT_DECRYPT', KeySpec: 'SYMMETRIC_DEFAULT' });
  const Plaintext = text('test message 123 !%$@ 1234567890');
  const before = await kms.call('Encrypt', { KeyId: key.KeyId, Plaintext });
  const rotated = await rotate(kms, key.KeyId);
  const after = await kms.call('Encrypt', { KeyId: key.KeyId, Plaintext });
  expect(after.CiphertextBlob).not.toBe(before.CiphertextBlob);
  return { replies: { 'rotate-on-demand-response': rotated } };
};

scenarios['TestKMS::test_rotate_key_on_demand_with_symmetric_key_and_automatic_rotation_disabled'] =
  async (kms) => {
    const key = await create(kms);
    return {
      replies: {
        'rotate-on-demand-response': await rotate(kms, key.KeyId),
        'rotation-status-response-after-rotation': await rotationStatus(kms, key.KeyId),
      },
    };
  };

scenarios['TestKMS::test_rotate_key_on_demand_with_symmetric_key_and_automatic_rotation_enabled'] =
  async (kms) => {
    const key = await create(kms);
    await kms.call('EnableKeyRotation', { KeyId: key.KeyId });
    const before = await kms.call('GetKeyRotationStatus', { KeyId: key.KeyId });
    const rotated = await rotate(kms, key.KeyId);
    const after = await kms.call('GetKeyRotationStatus', { KeyId: key.KeyId });
    expect(after.NextRotationDate).toBe(before.NextRotationDate);
    return {
      replies: {
        'rotate-on-demand-response': rotated,
        'rotation-status-response-after-rotation': await rotationStatus(kms, key.KeyId),
      },
    };
  };

scenarios['TestKMS::test_rotate_key_on_demand_raises_error_given_key_is_disabled'] = async (
  kms,
) => {
  const key = await create(kms, { KeyUsage: 'ENCRYPT_DECRYPT', KeySpec: 'RSA_4096' });
  await kms.call('DisableKey', { KeyId: key.KeyId });
  return {
    replies: { 'error-response': await rotate(kms, key.KeyId) },
    values: { 'key-arn': key.Arn },
  };
};

scenarios['TestKMS::test_rotate_key_on_demand_raises_error_given_key_that_does_not_exist'] = async (
  kms,
) => {
  const KeyId = '1234abcd-12ab-34cd-56ef-1234567890ab';
  return {
    replies: { 'error-response': await rotate(kms, KeyId) },
    values: { 'key-arn': arnOf(KeyId) },
  };
};

scenarios['TestKMS::test_rotate_key_on_demand_raises_error_given_non_symmetric_key'] = async (
  kms,
) => {
  const key = await create(kms, { KeyUsage: 'ENCRYPT_DECRYPT', KeySpec: 'RSA_4096' });
  return { replies: { 'error-response': await rotate(kms, key.KeyId) } };
};

/** An EXTERNAL symmetric key with material imported, and the import's reply. */
scenarios['TestKMS::test_rotate_key_on_demand_raises_error_given_key_with_imported_key_material'] =
  async (kms) => {
    const { key } = await importedKey(kms);
    return {
      replies: { 'error-response': await rotate(kms, key.KeyId) },
      values: { 'key-arn': key.Arn },
    };
  };

scenarios['TestKMS::test_rotate_key_on_demand_raises_for_no_pending_key_material'] = async (
  kms,
) => {
  const { key } = await importedKey(kms);
  return {
    replies: { 'rotate-key-on-demand-invalid-state-error': await rotate(kms, key.KeyId) },
    values: { 'key-arn': key.Arn },
  };
};

scenarios['TestKMS::test_key_rotations_encryption_decryption'] = async (kms) => {
  const key = await create(kms, { KeyUsage: 'ENCRYPT_DECRYPT', KeySpec: 'SYMMETRIC_DEFAULT' });
  const common = { KeyId: key.KeyId, EncryptionAlgorithm: 'SYMMETRIC_DEFAULT' } as const;
  const { CiphertextBlob = '' } = await kms.call('Encrypt', {
    ...common,
    Plaintext: text(text('test message 123 !%$@ 1234567890')),
  });
  const before = await kms.call('Decrypt', { ...common, CiphertextBlob });
  await kms.call('RotateKeyOnDemand', { KeyId: key.KeyId });
  const after = await kms.call('Decrypt', { ...common, CiphertextBlob });
  expect(after.Plaintext).toBe(before.Plaintext);
  const bad = b64(Buffer.concat([unb64(CiphertextBlob), Buffer.from('bad_data')]));
  return {
    replies: {
      'bad-ciphertext': await reply(kms.call('Decrypt', { ...common, CiphertextBlob: bad })),
    },
  };
};

scenarios['TestKMS::test_key_rotations_limits'] = async (kms) => {
  const key = await create(kms, { KeyUsage: 'ENCRYPT_DECRYPT', KeySpec: 'SYMMETRIC_DEFAULT' });
  // The recorded test rotates ten times, waiting for each, and its eleventh rotation is refused.
  for (let i = 0; i < 10; i++) await kms.call('RotateKeyOnDemand', { KeyId: key.KeyId });
  return {
    replies: { 'error-response': await rotate(kms, key.KeyId) },
    values: { 'key-arn': key.Arn },
  };
};

scenarios['TestKMS::test_rotate_on_demand_returns_arn_for_key_id'] = async (kms) => {
  const key = await create(kms, { KeyUsage: 'ENCRYPT_DECRYPT', KeySpec: 'SYMMETRIC_DEFAULT' });
  return {
    replies: { 'rotate-on-demand-aws-key': await rotate(kms, key.KeyId) },
    values: { 'key-id:1': key.Arn },
  };
};

for (const spec of ['SYMMETRIC_DEFAULT', 'RSA_4096'])
  scenarios[`TestKMS::test_rotate_key_on_demand_on_external_key_with_no_key_material[${spec}]`] =
    async (kms) => {
      // The recorded test creates the same symmetric key for both parameters.
      const key = await create(kms, {
        Origin: 'EXTERNAL',
        KeyUsage: 'ENCRYPT_DECRYPT',
        Description: 'test-key',
      });
      return {
        replies: {
          'create-kms-external-key': part(key),
          [`rotate-key-on-demand-error-response-${spec}`]: await rotate(kms, key.KeyId),
        },
      };
    };

scenarios['TestKMS::test_rotate_key_on_demand_updates_current_key_material_for_external_keys'] =
  async (kms) => {
    const { key, parameters, beforeImport, imported, importNew } = await importedKey(kms);
    const Plaintext = text('Hello World!1/?');
    const encrypt = () =>
      reply(
        kms.call('Encrypt', {
          Plaintext,
          KeyId: key.KeyId,
          EncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
        }),
      );
    const describedWithMaterial = await describe(kms, key.KeyId);
    const encrypted = await encrypt();
    const importedNew = await importNew();
    const describedWithNew = await describe(kms, key.KeyId);
    const rotated = await rotate(kms, key.KeyId);
    return {
      replies: {
        'create-kms-external-key': part(key),
        'get-import-parameters-response': parameters,
        'describe-empty-key-response': beforeImport,
        'import-key-material-response': imported,
        'describe-key-with-material-response': describedWithMaterial,
        'kms-encrypt-initial-response': encrypted,
        'import-new-key-material-response': importedNew,
        'describe-key-with-new-material-response': describedWithNew,
        'rotate-key-on-demand-response': rotated,
        'describe-key-after-rotation': await describe(kms, key.KeyId),
        'kms-encrypt-rotated-key-response': await encrypt(),
      },
    };
  };

scenarios['TestKMS::test_rotate_key_on_demand_for_external_keys_decrypts_with_previous_material'] =
  async (kms) => {
    const { key, imported, importNew } = await importedKey(kms);
    const Plaintext = text('Hello World!1/?');
    const encrypted = await reply(
      kms.call('Encrypt', {
        Plaintext,
        KeyId: key.KeyId,
        EncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
      }),
    );
    await importNew();
    const rotated = await rotate(kms, key.KeyId);
    const CiphertextBlob = (encrypted.body as { CiphertextBlob: string }).CiphertextBlob;
    expect((await kms.call('Decrypt', { CiphertextBlob, KeyId: key.KeyId })).Plaintext).toBe(
      Plaintext,
    );
    return {
      replies: {
        'create-kms-external-key': part(key),
        'import-key-material-response': imported,
        'kms-encrypt-initial-response': encrypted,
        'rotate-key-on-demand-response': rotated,
      },
    };
  };

scenarios['TestKMS::test_key_rotation_updates_current_key_material_id_for_aws_symmetric_keys'] =
  async (kms) => {
    const key = await create(kms, { Description: 'test-key' });
    const before = await describe(kms, key.KeyId);
    await kms.call('RotateKeyOnDemand', { KeyId: key.KeyId });
    const after = await describe(kms, key.KeyId);
    const material = (answer: Reply) =>
      (answer.body as { KeyMetadata: { CurrentKeyMaterialId: string } }).KeyMetadata
        .CurrentKeyMaterialId;
    expect(material(after)).not.toBe(material(before));
    return {
      replies: { 'describe-key-before-rotation': before, 'describe-key-after-rotation': after },
    };
  };
