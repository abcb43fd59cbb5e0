// Imported key material on the engine, with real cryptography on both sides: material wrapped
// with node:crypto under the public key GetParametersForImport hands out, as a KMS user does.
import {
  constants,
  createHmac,
  generateKeyPairSync,
  publicEncrypt,
  randomBytes,
  verify as verifySignature,
} from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createKmsEngine, type KmsEngine } from '../../src/mock/index.js';
import {
  b64,
  failure,
  forever,
  newKey,
  unb64,
  wrap,
  wrappingKeyOf,
  type WrappingAlgorithm,
} from './helpers.js';

async function parameters(
  kms: KmsEngine,
  KeyId: string,
  WrappingAlgorithm: WrappingAlgorithm = 'RSAES_OAEP_SHA_256',
  WrappingKeySpec: 'RSA_2048' | 'RSA_3072' | 'RSA_4096' = 'RSA_2048',
) {
  const reply = await kms.call('GetParametersForImport', {
    KeyId,
    WrappingAlgorithm,
    WrappingKeySpec,
  });
  const publicKey = wrappingKeyOf(reply.PublicKey);
  return { ...reply, publicKey, token: reply.ImportToken ?? '' };
}

async function importInto(
  kms: KmsEngine,
  KeyId: string,
  material: Uint8Array,
  algorithm: WrappingAlgorithm = 'RSAES_OAEP_SHA_256',
  extra: Record<string, unknown> = forever,
) {
  const { publicKey, token } = await parameters(kms, KeyId, algorithm);
  return kms.call('ImportKeyMaterial', {
    KeyId,
    ImportToken: token,
    EncryptedKeyMaterial: wrap(publicKey, algorithm, material),
    ...extra,
  });
}

const describeKey = async (kms: KmsEngine, KeyId: string) =>
  (await kms.call('DescribeKey', { KeyId })).KeyMetadata!;

describe('GetParametersForImport', () => {
  it('refuses a key of Origin AWS_KMS as recorded', async () => {
    const kms = createKmsEngine();
    const key = await newKey(kms);
    expect(
      await failure(
        kms.call('GetParametersForImport', {
          KeyId: key.KeyId,
          WrappingAlgorithm: 'RSAES_OAEP_SHA_256',
          WrappingKeySpec: 'RSA_2048',
        }),
      ),
    ).toEqual({
      type: 'UnsupportedOperationException',
      message: `${key.Arn} origin is AWS_KMS which is not valid for this operation.`,
    });
  });

  it('hands out an RSA public key of the asked size, a token and a 24-hour validity', async () => {
    let now = 1_000;
    const kms = createKmsEngine({ now: () => now });
    const key = await newKey(kms, { Origin: 'EXTERNAL' });
    for (const spec of ['RSA_2048', 'RSA_3072'] as const) {
      const reply = await parameters(kms, key.KeyId!, 'RSAES_OAEP_SHA_1', spec);
      expect(reply.KeyId).toBe(key.Arn);
      expect(reply.publicKey.asymmetricKeyDetails?.modulusLength).toBe(Number(spec.slice(4)));
      expect(reply.ParametersValidTo).toBe(now + 24 * 3600);
      now += 1;
    }
    expect(
      await failure(
        kms.call('GetParametersForImport', {
          KeyId: key.KeyId,
          WrappingAlgorithm: 'RSAES_PKCS1_V1_5',
          WrappingKeySpec: 'RSA_2048',
        }),
      ),
    ).toMatchObject({ type: 'ValidationException' });
  });
});

describe('ImportKeyMaterial into a symmetric key', () => {
  it.each([
    'RSAES_OAEP_SHA_1',
    'RSAES_OAEP_SHA_256',
    'RSA_AES_KEY_WRAP_SHA_1',
    'RSA_AES_KEY_WRAP_SHA_256',
  ] as const)(
    'imports material wrapped with %s and the key then encrypts and decrypts',
    async (algorithm) => {
      const kms = createKmsEngine();
      const key = await newKey(kms, { Origin: 'EXTERNAL' });
      const before = await describeKey(kms, key.KeyId!);
      expect(before).toMatchObject({ KeyState: 'PendingImport', Enabled: false });
      expect(before.ExpirationModel).toBeUndefined();
      const imported = await importInto(kms, key.KeyId!, randomBytes(32), algorithm);
      expect(imported.KeyId).toBe(key.Arn);
      const after = await describeKey(kms, key.KeyId!);
      expect(after).toMatchObject({
        KeyState: 'Enabled',
        Enabled: true,
        ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
        CurrentKeyMaterialId: imported.KeyMaterialId,
      });
      const sealed = await kms.call('Encrypt', {
        KeyId: key.KeyId,
        Plaintext: b64(Buffer.from('hi')),
      });
      const opened = await kms.call('Decrypt', { CiphertextBlob: sealed.CiphertextBlob });
      expect(Buffer.from(unb64(opened.Plaintext)).toString()).toBe('hi');
    },
  );

  it('needs ValidTo unless the material never expires, as recorded', async () => {
    const kms = createKmsEngine();
    const key = await newKey(kms, { Origin: 'EXTERNAL' });
    expect(await failure(importInto(kms, key.KeyId!, randomBytes(32), undefined, {}))).toEqual({
      type: 'ValidationException',
      message: 'A validTo date must be set if the ExpirationModel is KEY_MATERIAL_EXPIRES',
    });
  });

  it('deletes material at its ValidTo: the key waits as PendingImport for the same material', async () => {
    let now = 10_000;
    const kms = createKmsEngine({ now: () => now });
    const key = await newKey(kms, { Origin: 'EXTERNAL' });
    const material = randomBytes(32);
    await importInto(kms, key.KeyId!, material, undefined, {
      ExpirationModel: 'KEY_MATERIAL_EXPIRES',
      ValidTo: now + 3600,
    });
    expect(await describeKey(kms, key.KeyId!)).toMatchObject({
      KeyState: 'Enabled',
      ExpirationModel: 'KEY_MATERIAL_EXPIRES',
      ValidTo: now + 3600,
    });
    now += 3601;
    const expired = await describeKey(kms, key.KeyId!);
    expect(expired.KeyState).toBe('PendingImport');
    expect(expired.ExpirationModel).toBeUndefined();
    expect(await failure(kms.call('Encrypt', { KeyId: key.KeyId, Plaintext: 'AA==' }))).toEqual({
      type: 'KMSInvalidStateException',
      message: `${key.Arn} is pending import.`,
    });
    expect(await failure(importInto(kms, key.KeyId!, randomBytes(32)))).toMatchObject({
      type: 'IncorrectKeyMaterialException',
    });
    await importInto(kms, key.KeyId!, material);
    expect((await describeKey(kms, key.KeyId!)).KeyState).toBe('Enabled');
  });

  it('DeleteImportedKeyMaterial: PendingImport, the id kept, no ExpirationModel, as recorded', async () => {
    const kms = createKmsEngine();
    const key = await newKey(kms, { Origin: 'EXTERNAL' });
    const material = randomBytes(32);
    const { KeyMaterialId } = await importInto(kms, key.KeyId!, material);
    const sealed = await kms.call('Encrypt', { KeyId: key.KeyId, Plaintext: 'AAEC' });
    expect(await kms.call('DeleteImportedKeyMaterial', { KeyId: key.Arn })).toEqual({
      KeyId: key.Arn,
      KeyMaterialId,
    });
    const after = await describeKey(kms, key.KeyId!);
    expect(after).toMatchObject({ KeyState: 'PendingImport', CurrentKeyMaterialId: KeyMaterialId });
    expect(after.ExpirationModel).toBeUndefined();
    expect(await failure(kms.call('DeleteImportedKeyMaterial', { KeyId: key.KeyId }))).toEqual({
      type: 'KMSInvalidStateException',
      message: `${key.Arn} is pending import.`,
    });
    // The same material again: the old ciphertext opens.
    await importInto(kms, key.KeyId!, material);
    const opened = await kms.call('Decrypt', { CiphertextBlob: sealed.CiphertextBlob });
    expect(opened.Plaintext).toBe('AAEC');
  });

  it('refuses a token of another key, an altered or expired token, and wrong wrapping', async () => {
    let now = 1_000;
    const kms = createKmsEngine({ now: () => now });
    const key = await newKey(kms, { Origin: 'EXTERNAL' });
    const other = await newKey(kms, { Origin: 'EXTERNAL' });
    const mine = await parameters(kms, key.KeyId!);
    const theirs = await parameters(kms, other.KeyId!);
    const send = (ImportToken: string, EncryptedKeyMaterial: string) =>
      failure(
        kms.call('ImportKeyMaterial', {
          KeyId: key.KeyId,
          ImportToken,
          EncryptedKeyMaterial,
          ...forever,
        }),
      );
    const material = randomBytes(32);
    expect(
      await send(theirs.token, wrap(theirs.publicKey, 'RSAES_OAEP_SHA_256', material)),
    ).toMatchObject({ type: 'InvalidImportTokenException' });
    const altered = Buffer.from(unb64(mine.token));
    altered[20] = (altered[20] ?? 0) ^ 1;
    expect(
      await send(b64(altered), wrap(mine.publicKey, 'RSAES_OAEP_SHA_256', material)),
    ).toMatchObject({ type: 'InvalidImportTokenException' });
    const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey;
    expect(await send(mine.token, wrap(stranger, 'RSAES_OAEP_SHA_256', material))).toMatchObject({
      type: 'InvalidCiphertextException',
    });
    expect(
      await send(mine.token, wrap(mine.publicKey, 'RSAES_OAEP_SHA_1', material)),
    ).toMatchObject({
      type: 'InvalidCiphertextException',
    });
    expect(
      await send(mine.token, wrap(mine.publicKey, 'RSAES_OAEP_SHA_256', randomBytes(16))),
    ).toMatchObject({ type: 'IncorrectKeyMaterialException' });
    now += 24 * 3600 + 1;
    expect(
      await send(mine.token, wrap(mine.publicKey, 'RSAES_OAEP_SHA_256', material)),
    ).toMatchObject({
      type: 'ExpiredImportTokenException',
    });
  });

  it('NEW_KEY_MATERIAL waits as PENDING_ROTATION, and only one may wait, as recorded', async () => {
    const kms = createKmsEngine();
    const key = await newKey(kms, { Origin: 'EXTERNAL' });
    const first = await importInto(kms, key.KeyId!, randomBytes(32));
    const next = { ...forever, ImportType: 'NEW_KEY_MATERIAL' };
    const second = await importInto(kms, key.KeyId!, randomBytes(32), undefined, next);
    expect(second.KeyMaterialId).not.toBe(first.KeyMaterialId);
    expect((await describeKey(kms, key.KeyId!)).CurrentKeyMaterialId).toBe(first.KeyMaterialId);
    const refused = await failure(importInto(kms, key.KeyId!, randomBytes(32), undefined, next));
    expect(refused.type).toBe('KMSInvalidStateException');
    expect(refused.message).toMatch(
      new RegExp(
        `^New key material \\(id: [a-f0-9]{64}\\) cannot be imported into KMS key ${key.Arn}, because another key material \\(id: ${second.KeyMaterialId}\\) is pending rotation\\.$`,
      ),
    );
  });
});

describe('ImportKeyMaterial into asymmetric and HMAC keys', () => {
  it('an ECC_NIST_P256 private key: GetPublicKey gives its public key, and it signs', async () => {
    const kms = createKmsEngine();
    const key = await newKey(kms, {
      Origin: 'EXTERNAL',
      KeySpec: 'ECC_NIST_P256',
      KeyUsage: 'SIGN_VERIFY',
    });
    const pair = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const pkcs8 = pair.privateKey.export({ format: 'der', type: 'pkcs8' });
    await importInto(kms, key.KeyId!, pkcs8);
    const metadata = await describeKey(kms, key.KeyId!);
    expect(metadata).toMatchObject({
      KeyState: 'Enabled',
      ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
    });
    expect(metadata.CurrentKeyMaterialId).toBeUndefined();
    const { PublicKey } = await kms.call('GetPublicKey', { KeyId: key.KeyId });
    expect(Buffer.from(unb64(PublicKey))).toEqual(
      pair.publicKey.export({ format: 'der', type: 'spki' }),
    );
    const message = Buffer.from('signed by imported material');
    const { Signature } = await kms.call('Sign', {
      KeyId: key.KeyId,
      Message: b64(message),
      SigningAlgorithm: 'ECDSA_SHA_256',
    });
    expect(verifySignature('sha256', message, pair.publicKey, Buffer.from(unb64(Signature)))).toBe(
      true,
    );
    await kms.call('DeleteImportedKeyMaterial', { KeyId: key.KeyId });
    const deleted = await describeKey(kms, key.KeyId!);
    expect(deleted.KeyState).toBe('PendingImport');
    expect(deleted.ExpirationModel).toBeUndefined();
    const otherPair = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    expect(
      await failure(
        importInto(kms, key.KeyId!, otherPair.privateKey.export({ format: 'der', type: 'pkcs8' })),
      ),
    ).toMatchObject({ type: 'IncorrectKeyMaterialException' });
    const p384 = generateKeyPairSync('ec', { namedCurve: 'secp384r1' });
    expect(
      await failure(
        importInto(kms, key.KeyId!, p384.privateKey.export({ format: 'der', type: 'pkcs8' })),
      ),
    ).toMatchObject({ type: 'IncorrectKeyMaterialException' });
  });

  it('an RSA_2048 private key under RSA_AES_KEY_WRAP_SHA_256 decrypts what was encrypted to it', async () => {
    const kms = createKmsEngine();
    const key = await newKey(kms, {
      Origin: 'EXTERNAL',
      KeySpec: 'RSA_2048',
      KeyUsage: 'ENCRYPT_DECRYPT',
    });
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
    await importInto(
      kms,
      key.KeyId!,
      pair.privateKey.export({ format: 'der', type: 'pkcs8' }),
      'RSA_AES_KEY_WRAP_SHA_256',
    );
    const { PublicKey } = await kms.call('GetPublicKey', { KeyId: key.KeyId });
    expect(Buffer.from(unb64(PublicKey))).toEqual(
      pair.publicKey.export({ format: 'der', type: 'spki' }),
    );
    const ciphertext = publicEncrypt(
      { key: pair.publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' },
      Buffer.from('to the imported key'),
    );
    const opened = await kms.call('Decrypt', {
      KeyId: key.KeyId,
      CiphertextBlob: b64(ciphertext),
      EncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
    });
    expect(Buffer.from(unb64(opened.Plaintext)).toString()).toBe('to the imported key');
  });

  it('an HMAC_256 secret: GenerateMac is HMAC-SHA-256 under it', async () => {
    const kms = createKmsEngine();
    const key = await newKey(kms, {
      Origin: 'EXTERNAL',
      KeySpec: 'HMAC_256',
      KeyUsage: 'GENERATE_VERIFY_MAC',
    });
    const secret = randomBytes(32);
    await importInto(kms, key.KeyId!, secret);
    const message = Buffer.from('mac me');
    const { Mac } = await kms.call('GenerateMac', {
      KeyId: key.KeyId,
      Message: b64(message),
      MacAlgorithm: 'HMAC_SHA_256',
    });
    expect(Buffer.from(unb64(Mac))).toEqual(createHmac('sha256', secret).update(message).digest());
    expect(await failure(importInto(kms, key.KeyId!, randomBytes(20)))).toMatchObject({
      type: 'IncorrectKeyMaterialException',
    });
  });
});

describe('imported HMAC material lengths', () => {
  // The recordings import exactly the key spec's length (test_import_key_hmac_keys[HMAC_224] 28
  // bytes, [HMAC_256] 32, [HMAC_384] 48, [HMAC_512] 64) and succeed; the mock takes up to the
  // hash's block size too. Any other length is material that "does not meet expectations":
  // IncorrectKeyMaterialException (model: IncorrectKeyMaterialException, ImportKeyMaterial errors).
  const cases = [
    { spec: 'HMAC_224', hash: 'sha224', algorithm: 'HMAC_SHA_224', min: 28, max: 64 },
    { spec: 'HMAC_256', hash: 'sha256', algorithm: 'HMAC_SHA_256', min: 32, max: 64 },
    { spec: 'HMAC_384', hash: 'sha384', algorithm: 'HMAC_SHA_384', min: 48, max: 128 },
    { spec: 'HMAC_512', hash: 'sha512', algorithm: 'HMAC_SHA_512', min: 64, max: 128 },
  ] as const;

  for (const { spec, hash, algorithm, min, max } of cases) {
    it(`${spec}: ${min} to ${max} bytes, as recorded at ${min}; ${min - 1} and ${max + 1} refused`, async () => {
      const kms = createKmsEngine();
      const newHmacKey = async () =>
        (await newKey(kms, { Origin: 'EXTERNAL', KeySpec: spec, KeyUsage: 'GENERATE_VERIFY_MAC' }))
          .KeyId!;
      const short = await newHmacKey();
      for (const length of [min - 1, max + 1]) {
        expect(await failure(importInto(kms, short, randomBytes(length)))).toEqual({
          type: 'IncorrectKeyMaterialException',
          message: `The key material is not of a length KMS imports for ${spec} keys.`,
        });
      }
      expect((await describeKey(kms, short)).KeyState).toBe('PendingImport');
      for (const length of [min, max]) {
        const KeyId = length === min ? short : await newHmacKey();
        const secret = randomBytes(length);
        await importInto(kms, KeyId, secret);
        const message = Buffer.from(`${length} bytes`);
        const { Mac } = await kms.call('GenerateMac', {
          KeyId,
          Message: b64(message),
          MacAlgorithm: algorithm,
        });
        expect(Buffer.from(unb64(Mac))).toEqual(createHmac(hash, secret).update(message).digest());
      }
    });
  }
});

describe('rotation of a symmetric key with imported material', () => {
  // Recorded: TestKMS::test_rotate_key_on_demand_on_external_key_with_no_key_material[SYMMETRIC_DEFAULT],
  // test_rotate_key_on_demand_raises_for_no_pending_key_material,
  // test_rotate_key_on_demand_updates_current_key_material_for_external_keys,
  // test_rotate_key_on_demand_for_external_keys_decrypts_with_previous_material,
  // test_import_key_material_raises_if_there_is_already_key_material_pending,
  // test_rotate_key_on_demand_raises_error_given_key_with_imported_key_material.
  const external = async (kms: KmsEngine) => (await newKey(kms, { Origin: 'EXTERNAL' })).KeyId!;
  const arnOf = (KeyId: string) => `arn:aws:kms:us-east-1:111122223333:key/${KeyId}`;

  it('refuses rotation while the material is pending import, as recorded', async () => {
    const kms = createKmsEngine();
    const KeyId = await external(kms);
    const pending = {
      type: 'KMSInvalidStateException',
      message: `${arnOf(KeyId)} is pending import.`,
    };
    expect(await failure(kms.call('RotateKeyOnDemand', { KeyId }))).toEqual(pending);
    expect(await failure(kms.call('EnableKeyRotation', { KeyId }))).toEqual(pending);
  });

  it('with material: no automatic rotation; on demand only to material imported as NEW_KEY_MATERIAL', async () => {
    const kms = createKmsEngine();
    const KeyId = await external(kms);
    const first = await importInto(kms, KeyId, randomBytes(32));
    expect(await failure(kms.call('EnableKeyRotation', { KeyId }))).toEqual({
      type: 'UnsupportedOperationException',
      message: `${arnOf(KeyId)} origin is EXTERNAL which is not valid for this operation.`,
    });
    expect(await failure(kms.call('RotateKeyOnDemand', { KeyId }))).toEqual({
      type: 'KMSInvalidStateException',
      message: `No available key material pending rotation for the key: ${arnOf(KeyId)}.`,
    });
    const sealed = await kms.call('Encrypt', { KeyId, Plaintext: b64(Buffer.from('first')) });

    // After the first import, ImportType defaults to EXISTING_KEY_MATERIAL (model): new bytes
    // without NEW_KEY_MATERIAL are not this key's material.
    expect(await failure(importInto(kms, KeyId, randomBytes(32)))).toMatchObject({
      type: 'IncorrectKeyMaterialException',
    });
    const next = await importInto(kms, KeyId, randomBytes(32), 'RSAES_OAEP_SHA_256', {
      ...forever,
      ImportType: 'NEW_KEY_MATERIAL',
    });
    expect(next.KeyMaterialId).not.toBe(first.KeyMaterialId);
    // Imported, not current yet (describe-key-with-new-material-response).
    expect((await describeKey(kms, KeyId)).CurrentKeyMaterialId).toBe(first.KeyMaterialId);
    expect(
      (await kms.call('ListKeyRotations', { KeyId, IncludeKeyMaterial: 'ALL_KEY_MATERIAL' }))
        .Rotations,
    ).toEqual([
      expect.objectContaining({ KeyMaterialId: first.KeyMaterialId, KeyMaterialState: 'CURRENT' }),
      expect.objectContaining({
        KeyMaterialId: next.KeyMaterialId,
        KeyMaterialState: 'PENDING_ROTATION',
      }),
    ]);
    // Only one may wait (existing-pending-material-error).
    const third = await failure(
      importInto(kms, KeyId, randomBytes(32), 'RSAES_OAEP_SHA_256', {
        ...forever,
        ImportType: 'NEW_KEY_MATERIAL',
      }),
    );
    expect(third.type).toBe('KMSInvalidStateException');
    expect(third.message).toContain(
      `because another key material (id: ${next.KeyMaterialId}) is pending rotation.`,
    );

    expect(await kms.call('RotateKeyOnDemand', { KeyId })).toEqual({ KeyId: arnOf(KeyId) });
    expect((await describeKey(kms, KeyId)).CurrentKeyMaterialId).toBe(next.KeyMaterialId);
    const after = await kms.call('Encrypt', { KeyId, Plaintext: b64(Buffer.from('second')) });
    expect(await kms.call('Decrypt', { CiphertextBlob: after.CiphertextBlob })).toMatchObject({
      KeyMaterialId: next.KeyMaterialId,
    });
    // What the first material sealed still opens (decrypts_with_previous_material).
    const opened = await kms.call('Decrypt', { CiphertextBlob: sealed.CiphertextBlob });
    expect(opened).toMatchObject({ KeyMaterialId: first.KeyMaterialId });
    expect(Buffer.from(unb64(opened.Plaintext)).toString()).toBe('first');
    // Nothing is pending any more.
    expect(await failure(kms.call('RotateKeyOnDemand', { KeyId }))).toMatchObject({
      type: 'KMSInvalidStateException',
    });
  });
});

describe('imported material of a multi-Region key', () => {
  // Model: ImportKeyMaterial ("import the new key material into the primary Region key. Then you
  // can import the same key materials into the replica Region keys"), ImportType,
  // RotationsListEntry.KeyMaterialState (PENDING_MULTI_REGION_IMPORT_AND_ROTATION), RotateKeyOnDemand.
  const US = 'us-east-1';
  const EU = 'eu-west-1';

  /** ImportKeyMaterial in `region`, wrapped under that Region's parameters. */
  async function importIn(
    kms: KmsEngine,
    region: string,
    KeyId: string,
    material: Uint8Array,
    extra = {},
  ) {
    const reply = await kms.call(
      'GetParametersForImport',
      { KeyId, WrappingAlgorithm: 'RSAES_OAEP_SHA_256', WrappingKeySpec: 'RSA_2048' },
      region,
    );
    const publicKey = wrappingKeyOf(reply.PublicKey);
    return kms.call(
      'ImportKeyMaterial',
      {
        KeyId,
        ImportToken: reply.ImportToken,
        EncryptedKeyMaterial: wrap(publicKey, 'RSAES_OAEP_SHA_256', material),
        ...forever,
        ...extra,
      },
      region,
    );
  }
  const states = async (kms: KmsEngine, region: string, KeyId: string) =>
    Object.fromEntries(
      (
        (
          await kms.call(
            'ListKeyRotations',
            { KeyId, IncludeKeyMaterial: 'ALL_KEY_MATERIAL' },
            region,
          )
        ).Rotations ?? []
      ).map((r) => [r.KeyMaterialId, r.KeyMaterialState]),
    );

  /** A new engine's multi-Region primary of Origin EXTERNAL in US, with its first material. */
  async function importedPrimary() {
    const kms = createKmsEngine();
    const { KeyMetadata } = await kms.call(
      'CreateKey',
      { Origin: 'EXTERNAL', MultiRegion: true },
      US,
    );
    const KeyId = KeyMetadata!.KeyId!;
    const first = randomBytes(32);
    const firstId = (await importIn(kms, US, KeyId, first)).KeyMaterialId!;
    return { kms, KeyId, first, firstId };
  }

  it('the replica takes its primary’s material; new material waits for every replica, then rotates everywhere', async () => {
    const { kms, KeyId, first, firstId } = await importedPrimary();
    await kms.call('ReplicateKey', { KeyId, ReplicaRegion: EU }, US);
    expect((await kms.call('DescribeKey', { KeyId }, EU)).KeyMetadata?.KeyState).toBe(
      'PendingImport',
    );
    // Only the primary's material, never new material, goes into a replica.
    expect(await failure(importIn(kms, EU, KeyId, randomBytes(32)))).toMatchObject({
      type: 'IncorrectKeyMaterialException',
    });
    expect(
      await failure(importIn(kms, EU, KeyId, first, { ImportType: 'NEW_KEY_MATERIAL' })),
    ).toMatchObject({ type: 'UnsupportedOperationException' });
    expect((await importIn(kms, EU, KeyId, first)).KeyMaterialId).toBe(firstId);
    expect((await kms.call('DescribeKey', { KeyId }, EU)).KeyMetadata).toMatchObject({
      KeyState: 'Enabled',
      CurrentKeyMaterialId: firstId,
    });
    const old = await kms.call('Encrypt', { KeyId, Plaintext: b64(Buffer.from('old')) }, EU);

    const second = randomBytes(32);
    const secondId = (await importIn(kms, US, KeyId, second, { ImportType: 'NEW_KEY_MATERIAL' }))
      .KeyMaterialId!;
    expect(await states(kms, US, KeyId)).toEqual({
      [firstId]: 'CURRENT',
      [secondId]: 'PENDING_MULTI_REGION_IMPORT_AND_ROTATION',
    });
    // Not yet in every replica: nothing to rotate to.
    expect(await failure(kms.call('RotateKeyOnDemand', { KeyId }, US))).toMatchObject({
      type: 'KMSInvalidStateException',
    });
    await importIn(kms, EU, KeyId, second, { ImportType: 'EXISTING_KEY_MATERIAL' });
    expect(await states(kms, US, KeyId)).toEqual({
      [firstId]: 'CURRENT',
      [secondId]: 'PENDING_ROTATION',
    });
    expect(await states(kms, EU, KeyId)).toEqual({
      [firstId]: 'CURRENT',
      [secondId]: 'PENDING_ROTATION',
    });

    await kms.call('RotateKeyOnDemand', { KeyId }, US);
    for (const region of [US, EU]) {
      expect(
        (await kms.call('DescribeKey', { KeyId }, region)).KeyMetadata?.CurrentKeyMaterialId,
      ).toBe(secondId);
    }
    const fresh = await kms.call('Encrypt', { KeyId, Plaintext: b64(Buffer.from('new')) }, EU);
    expect(await kms.call('Decrypt', { CiphertextBlob: fresh.CiphertextBlob }, US)).toMatchObject({
      KeyMaterialId: secondId,
    });
    for (const region of [US, EU]) {
      const opened = await kms.call('Decrypt', { CiphertextBlob: old.CiphertextBlob }, region);
      expect(Buffer.from(unb64(opened.Plaintext)).toString()).toBe('old');
    }
  });

  it('material pending rotation before a replica is made waits for that replica too', async () => {
    const { kms, KeyId, first, firstId } = await importedPrimary();
    const next = randomBytes(32);
    const nextId = (await importIn(kms, US, KeyId, next, { ImportType: 'NEW_KEY_MATERIAL' }))
      .KeyMaterialId!;
    expect((await states(kms, US, KeyId))[nextId]).toBe('PENDING_ROTATION');
    await kms.call('ReplicateKey', { KeyId, ReplicaRegion: EU }, US);
    expect((await states(kms, US, KeyId))[nextId]).toBe('PENDING_MULTI_REGION_IMPORT_AND_ROTATION');
    await importIn(kms, EU, KeyId, first);
    await importIn(kms, EU, KeyId, next);
    expect(await states(kms, US, KeyId)).toEqual({
      [firstId]: 'CURRENT',
      [nextId]: 'PENDING_ROTATION',
    });
    await kms.call('RotateKeyOnDemand', { KeyId }, US);
    expect((await kms.call('DescribeKey', { KeyId }, EU)).KeyMetadata?.CurrentKeyMaterialId).toBe(
      nextId,
    );
  });
});
