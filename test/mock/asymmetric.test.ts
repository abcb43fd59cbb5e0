import {
  constants,
  createHash,
  createHmac,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  publicEncrypt,
  createPrivateKey,
  sign as nodeSign,
  verify as nodeVerify,
} from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createKmsEngine, type KmsEngine } from '../../src/mock/index.js';
import { b64, failure, newKey, unb64 } from './helpers.js';

const message = Buffer.from('test message !%$@ 1234567890');
const der = (text: string | undefined) =>
  createPublicKey({ key: Buffer.from(unb64(text)), format: 'der', type: 'spki' });

async function keyOf(kms: KmsEngine, KeySpec: string, KeyUsage: string) {
  return newKey(kms, { KeySpec, KeyUsage });
}

describe('CreateKey and GetPublicKey for asymmetric keys', () => {
  it.each([
    ['RSA_2048', 'SIGN_VERIFY', 'rsa', { modulusLength: 2048 }],
    ['RSA_3072', 'ENCRYPT_DECRYPT', 'rsa', { modulusLength: 3072 }],
    ['ECC_NIST_P256', 'SIGN_VERIFY', 'ec', { namedCurve: 'prime256v1' }],
    ['ECC_NIST_P521', 'KEY_AGREEMENT', 'ec', { namedCurve: 'secp521r1' }],
    ['ECC_SECG_P256K1', 'SIGN_VERIFY', 'ec', { namedCurve: 'secp256k1' }],
    ['ECC_NIST_EDWARDS25519', 'SIGN_VERIFY', 'ed25519', {}],
  ])('%s %s: a fresh %s public key in DER SPKI', async (KeySpec, KeyUsage, type, details) => {
    const kms = createKmsEngine();
    const a = await keyOf(kms, KeySpec, KeyUsage);
    const b = await keyOf(kms, KeySpec, KeyUsage);
    const got = await kms.call('GetPublicKey', { KeyId: a.KeyId });
    const key = der(got.PublicKey);
    expect(key.asymmetricKeyType).toBe(type);
    expect(key.asymmetricKeyDetails).toMatchObject(details);
    expect(got).toMatchObject({ KeyId: a.Arn, KeySpec, KeyUsage });
    // The deprecated CustomerMasterKeySpec enum has no Ed25519 (or ML-DSA) value: KeySpec alone.
    expect(got.CustomerMasterKeySpec).toBe(
      KeySpec === 'ECC_NIST_EDWARDS25519' ? undefined : KeySpec,
    );
    const described = (await kms.call('DescribeKey', { KeyId: a.KeyId })).KeyMetadata;
    for (const list of [
      'SigningAlgorithms',
      'EncryptionAlgorithms',
      'KeyAgreementAlgorithms',
    ] as const)
      expect(got[list]).toEqual(described?.[list]);
    expect((await kms.call('GetPublicKey', { KeyId: b.KeyId })).PublicKey).not.toBe(got.PublicKey);
  });

  it('ML-DSA keys get a FIPS 204 public key', async () => {
    const kms = createKmsEngine();
    const key = await keyOf(kms, 'ML_DSA_65', 'SIGN_VERIFY');
    const got = await kms.call('GetPublicKey', { KeyId: key.KeyId });
    expect(unb64(got.PublicKey).length).toBe(1952 + 22);
    expect(got.SigningAlgorithms).toEqual(['ML_DSA_SHAKE_256']);
    expect(got).not.toHaveProperty('CustomerMasterKeySpec');
    const described = (await kms.call('DescribeKey', { KeyId: key.KeyId })).KeyMetadata;
    expect(described).toMatchObject({ KeySpec: 'ML_DSA_65' });
    expect(described).not.toHaveProperty('CustomerMasterKeySpec');
  });

  it('symmetric and HMAC keys have no public key', async () => {
    const kms = createKmsEngine();
    for (const input of [{}, { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' }]) {
      const key = await newKey(kms, input);
      expect((await failure(kms.call('GetPublicKey', { KeyId: key.KeyId }))).type).toBe(
        'UnsupportedOperationException',
      );
    }
  });

  it('refuses SM2 (no well-kept implementation) and KEY_AGREEMENT on RSA (recorded message)', async () => {
    const kms = createKmsEngine();
    expect(
      (await failure(kms.call('CreateKey', { KeySpec: 'SM2', KeyUsage: 'SIGN_VERIFY' }))).type,
    ).toBe('UnsupportedOperationException');
    expect(
      await failure(kms.call('CreateKey', { KeySpec: 'RSA_2048', KeyUsage: 'KEY_AGREEMENT' })),
    ).toEqual({
      type: 'ValidationException',
      message: 'KeyUsage KEY_AGREEMENT is not compatible with KeySpec RSA_2048',
    });
  });
});

describe('Sign and Verify', () => {
  it.each([
    ['RSA_2048', 'RSASSA_PSS_SHA_256', 'sha256'],
    ['RSA_2048', 'RSASSA_PKCS1_V1_5_SHA_384', 'sha384'],
    ['ECC_NIST_P384', 'ECDSA_SHA_384', 'sha384'],
    ['ECC_SECG_P256K1', 'ECDSA_SHA_256', 'sha256'],
  ])(
    '%s %s: RAW and DIGEST signatures verify offline and through Verify',
    async (KeySpec, SigningAlgorithm, hash) => {
      const kms = createKmsEngine();
      const key = await keyOf(kms, KeySpec, 'SIGN_VERIFY');
      const publicKey = der((await kms.call('GetPublicKey', { KeyId: key.KeyId })).PublicKey);
      const options = SigningAlgorithm.startsWith('RSASSA_PSS')
        ? { key: publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }
        : { key: publicKey, dsaEncoding: 'der' as const };
      const digest = createHash(hash).update(message).digest();
      for (const [MessageType, Message] of [
        ['RAW', message],
        ['DIGEST', digest],
      ] as const) {
        const signed = await kms.call('Sign', {
          KeyId: key.KeyId,
          Message: b64(Message),
          MessageType,
          SigningAlgorithm,
        });
        expect(signed).toMatchObject({ KeyId: key.Arn, SigningAlgorithm });
        const signature = unb64(signed.Signature);
        expect(nodeVerify(hash, message, options, signature)).toBe(true);
        const verified = await kms.call('Verify', {
          KeyId: key.KeyId,
          Message: b64(Message),
          MessageType,
          Signature: b64(signature),
          SigningAlgorithm,
        });
        expect(verified).toEqual({ KeyId: key.Arn, SignatureValid: true, SigningAlgorithm });
        signature[signature.length - 1] = (signature[signature.length - 1] ?? 0) ^ 1;
        expect(
          await failure(
            kms.call('Verify', {
              KeyId: key.KeyId,
              Message: b64(Message),
              MessageType,
              Signature: b64(signature),
              SigningAlgorithm,
            }),
          ),
        ).toEqual({ type: 'KMSInvalidSignatureException', message: '' });
      }
    },
  );

  it('Ed25519 RAW signatures verify with OpenSSL', async () => {
    const kms = createKmsEngine();
    const key = await keyOf(kms, 'ECC_NIST_EDWARDS25519', 'SIGN_VERIFY');
    const publicKey = der((await kms.call('GetPublicKey', { KeyId: key.KeyId })).PublicKey);
    const { Signature } = await kms.call('Sign', {
      KeyId: key.KeyId,
      Message: b64(message),
      SigningAlgorithm: 'ED25519_SHA_512',
    });
    expect(nodeVerify(null, message, publicKey, unb64(Signature))).toBe(true);
  });

  it('refuses what KMS refuses, with its errors', async () => {
    const kms = createKmsEngine();
    const rsa = await keyOf(kms, 'RSA_2048', 'SIGN_VERIFY');
    const rsaEncrypt = await keyOf(kms, 'RSA_2048', 'ENCRYPT_DECRYPT');
    const p256 = await keyOf(kms, 'ECC_NIST_P256', 'SIGN_VERIFY');
    const sign = (KeyId: string, extra: Record<string, unknown>) =>
      failure(
        kms.call('Sign', {
          KeyId,
          Message: b64(message),
          SigningAlgorithm: 'RSASSA_PSS_SHA_256',
          ...extra,
        }),
      );
    expect(await sign(rsa.KeyId, { MessageType: 'DIGEST' })).toEqual({
      type: 'ValidationException',
      message: 'Digest is invalid length for algorithm RSASSA_PSS_SHA_256.',
    });
    expect(await sign(p256.KeyId, { SigningAlgorithm: 'ECDSA_SHA_384' })).toEqual({
      type: 'InvalidKeyUsageException',
      message: 'Algorithm ECDSA_SHA_384 is incompatible with key spec ECC_NIST_P256.',
    });
    expect(await sign(rsaEncrypt.KeyId, {})).toEqual({
      type: 'InvalidKeyUsageException',
      message: `${rsaEncrypt.Arn} key usage is ENCRYPT_DECRYPT which is not valid for Sign.`,
    });
    expect((await sign(rsa.KeyId, { DryRun: true })).type).toBe('DryRunOperationException');
    await kms.call('DisableKey', { KeyId: rsa.KeyId });
    expect((await sign(rsa.KeyId, {})).type).toBe('DisabledException');
  });
});

describe('GenerateMac and VerifyMac', () => {
  it.each([
    ['HMAC_224', 'HMAC_SHA_224'],
    ['HMAC_256', 'HMAC_SHA_256'],
    ['HMAC_384', 'HMAC_SHA_384'],
    ['HMAC_512', 'HMAC_SHA_512'],
  ])('%s: a MAC verifies, one flipped bit does not', async (KeySpec, MacAlgorithm) => {
    const kms = createKmsEngine();
    const key = await keyOf(kms, KeySpec, 'GENERATE_VERIFY_MAC');
    const made = await kms.call('GenerateMac', {
      KeyId: key.KeyId,
      Message: b64(message),
      MacAlgorithm,
    });
    expect(made).toMatchObject({ KeyId: key.Arn, MacAlgorithm });
    const mac = unb64(made.Mac);
    expect(mac.length).toBe(Number(MacAlgorithm.slice(-3)) / 8);
    expect(
      await kms.call('VerifyMac', {
        KeyId: key.KeyId,
        Message: b64(message),
        MacAlgorithm,
        Mac: b64(mac),
      }),
    ).toEqual({ KeyId: key.Arn, MacValid: true, MacAlgorithm });
    mac[0] = (mac[0] ?? 0) ^ 1;
    expect(
      await failure(
        kms.call('VerifyMac', {
          KeyId: key.KeyId,
          Message: b64(message),
          MacAlgorithm,
          Mac: b64(mac),
        }),
      ),
    ).toEqual({ type: 'KMSInvalidMacException', message: '' });
  });

  it('answers the recorded errors', async () => {
    const kms = createKmsEngine();
    const key = await keyOf(kms, 'HMAC_224', 'GENERATE_VERIFY_MAC');
    expect(
      await failure(
        kms.call('GenerateMac', {
          KeyId: key.KeyId,
          Message: b64(message),
          MacAlgorithm: 'HMAC_SHA_256',
        }),
      ),
    ).toEqual({
      type: 'InvalidKeyUsageException',
      message: 'Algorithm HMAC_SHA_256 is incompatible with key spec HMAC_224.',
    });
    expect(
      await failure(
        kms.call('GenerateMac', {
          KeyId: 'key_id',
          Message: b64(message),
          MacAlgorithm: 'HMAC_SHA_224',
        }),
      ),
    ).toEqual({
      type: 'NotFoundException',
      message: "Invalid keyId 'key_id'",
    });
    expect(
      (
        await failure(
          kms.call('GenerateMac', {
            KeyId: key.KeyId,
            Message: b64(message),
            MacAlgorithm: 'INVALID',
          }),
        )
      ).type,
    ).toBe('ValidationException');
    expect(
      (
        await failure(
          kms.call('GenerateMac', {
            KeyId: key.KeyId,
            Message: b64(message),
            MacAlgorithm: 'HMAC_SHA_224',
            DryRun: true,
          }),
        )
      ).type,
    ).toBe('DryRunOperationException');
  });
});

describe('GenerateDataKeyPair', () => {
  it.each(['RSA_2048', 'ECC_NIST_P256', 'ECC_SECG_P256K1', 'ECC_NIST_EDWARDS25519'])(
    '%s: the halves match and the sealed private key decrypts to the same PKCS#8 bytes',
    async (KeyPairSpec) => {
      const kms = createKmsEngine();
      const wrapping = await newKey(kms, {});
      const EncryptionContext = { purpose: 'test' };
      const pair = await kms.call('GenerateDataKeyPair', {
        KeyId: wrapping.KeyId,
        KeyPairSpec,
        EncryptionContext,
      });
      expect(pair).toMatchObject({
        KeyId: wrapping.Arn,
        KeyPairSpec,
        KeyMaterialId: wrapping.CurrentKeyMaterialId,
      });
      const privateKey = createPrivateKey({
        key: Buffer.from(unb64(pair.PrivateKeyPlaintext)),
        format: 'der',
        type: 'pkcs8',
      });
      const hash = KeyPairSpec === 'ECC_NIST_EDWARDS25519' ? null : 'sha256';
      expect(
        nodeVerify(hash, message, der(pair.PublicKey), nodeSign(hash, message, privateKey)),
      ).toBe(true);
      const opened = await kms.call('Decrypt', {
        CiphertextBlob: pair.PrivateKeyCiphertextBlob,
        EncryptionContext,
      });
      expect(opened.Plaintext).toBe(pair.PrivateKeyPlaintext);
      expect(
        (await failure(kms.call('Decrypt', { CiphertextBlob: pair.PrivateKeyCiphertextBlob })))
          .type,
      ).toBe('InvalidCiphertextException');
      const other = await kms.call('GenerateDataKeyPairWithoutPlaintext', {
        KeyId: wrapping.KeyId,
        KeyPairSpec,
      });
      expect(other).not.toHaveProperty('PrivateKeyPlaintext');
      expect(other.PublicKey).not.toBe(pair.PublicKey);
      const sealed = await kms.call('Decrypt', { CiphertextBlob: other.PrivateKeyCiphertextBlob });
      const reopened = createPrivateKey({
        key: Buffer.from(unb64(sealed.Plaintext)),
        format: 'der',
        type: 'pkcs8',
      });
      expect(createPublicKey(reopened).export({ format: 'der', type: 'spki' })).toEqual(
        Buffer.from(unb64(other.PublicKey)),
      );
    },
  );

  it('DryRun, SM2 and a non-symmetric wrapping key', async () => {
    const kms = createKmsEngine();
    const wrapping = await newKey(kms, {});
    const rsa = await keyOf(kms, 'RSA_2048', 'ENCRYPT_DECRYPT');
    for (const op of ['GenerateDataKeyPair', 'GenerateDataKeyPairWithoutPlaintext'] as const) {
      expect(
        await failure(
          kms.call(op, { KeyId: wrapping.KeyId, KeyPairSpec: 'RSA_2048', DryRun: true }),
        ),
      ).toEqual({
        type: 'DryRunOperationException',
        message: 'The request would have succeeded, but the DryRun option is set.',
      });
      expect(
        (await failure(kms.call(op, { KeyId: wrapping.KeyId, KeyPairSpec: 'SM2' }))).type,
      ).toBe('UnsupportedOperationException');
      expect(
        (await failure(kms.call(op, { KeyId: rsa.KeyId, KeyPairSpec: 'RSA_2048' }))).type,
      ).toBe('InvalidKeyUsageException');
    }
  });
});

describe('DeriveSharedSecret', () => {
  it('equals the secret derived offline from the other side', async () => {
    const kms = createKmsEngine();
    const key = await keyOf(kms, 'ECC_NIST_P384', 'KEY_AGREEMENT');
    const peer = generateKeyPairSync('ec', { namedCurve: 'secp384r1' });
    const PublicKey = b64(peer.publicKey.export({ format: 'der', type: 'spki' }));
    const got = await kms.call('DeriveSharedSecret', {
      KeyId: key.KeyId,
      KeyAgreementAlgorithm: 'ECDH',
      PublicKey,
    });
    expect(got).toMatchObject({
      KeyId: key.Arn,
      KeyAgreementAlgorithm: 'ECDH',
      KeyOrigin: 'AWS_KMS',
    });
    const ours = der((await kms.call('GetPublicKey', { KeyId: key.KeyId })).PublicKey);
    expect(Buffer.from(unb64(got.SharedSecret))).toEqual(
      diffieHellman({ privateKey: peer.privateKey, publicKey: ours }),
    );
  });

  it('answers the recorded errors', async () => {
    const kms = createKmsEngine();
    const signing = await keyOf(kms, 'ECC_NIST_P256', 'SIGN_VERIFY');
    const agreeing = await keyOf(kms, 'ECC_NIST_P256', 'KEY_AGREEMENT');
    const PublicKey = b64(
      generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey.export({
        format: 'der',
        type: 'spki',
      }),
    );
    expect(
      await failure(
        kms.call('DeriveSharedSecret', {
          KeyId: signing.KeyId,
          KeyAgreementAlgorithm: 'ECDH',
          PublicKey,
        }),
      ),
    ).toEqual({
      type: 'InvalidKeyUsageException',
      message: `${signing.Arn} key usage is SIGN_VERIFY which is not valid for DeriveSharedSecret.`,
    });
    const wrongCurve = b64(
      generateKeyPairSync('ec', { namedCurve: 'secp384r1' }).publicKey.export({
        format: 'der',
        type: 'spki',
      }),
    );
    expect(
      await failure(
        kms.call('DeriveSharedSecret', {
          KeyId: agreeing.KeyId,
          KeyAgreementAlgorithm: 'ECDH',
          PublicKey: wrongCurve,
        }),
      ),
    ).toEqual({ type: 'ValidationException', message: '' });
    expect(
      (
        await failure(
          kms.call('DeriveSharedSecret', {
            KeyId: agreeing.KeyId,
            KeyAgreementAlgorithm: 'ECDH',
            PublicKey,
            DryRun: true,
          }),
        )
      ).type,
    ).toBe('DryRunOperationException');
  });
});

describe('Encrypt, Decrypt and ReEncrypt with RSA keys', () => {
  it.each([
    ['RSA_2048', 'RSAES_OAEP_SHA_1', 214],
    ['RSA_3072', 'RSAES_OAEP_SHA_256', 318],
  ] as const)(
    '%s %s: up to %i bytes, offline ciphertext decrypts',
    async (KeySpec, EncryptionAlgorithm, limit) => {
      const kms = createKmsEngine();
      const key = await keyOf(kms, KeySpec, 'ENCRYPT_DECRYPT');
      const plaintext = Buffer.alloc(limit, 7);
      const sealed = await kms.call('Encrypt', {
        KeyId: key.KeyId,
        Plaintext: b64(plaintext),
        EncryptionAlgorithm,
      });
      expect(sealed).toMatchObject({ KeyId: key.Arn, EncryptionAlgorithm });
      expect(unb64(sealed.CiphertextBlob).length).toBe(Number(KeySpec.slice(4)) / 8);
      const opened = await kms.call('Decrypt', {
        KeyId: key.KeyId,
        CiphertextBlob: sealed.CiphertextBlob,
        EncryptionAlgorithm,
      });
      expect(opened).toEqual({ KeyId: key.Arn, Plaintext: b64(plaintext), EncryptionAlgorithm });
      const publicKey = der((await kms.call('GetPublicKey', { KeyId: key.KeyId })).PublicKey);
      const oaepHash = EncryptionAlgorithm === 'RSAES_OAEP_SHA_1' ? 'sha1' : 'sha256';
      const offline = publicEncrypt(
        { key: publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash },
        message,
      );
      expect(
        (
          await kms.call('Decrypt', {
            KeyId: key.KeyId,
            CiphertextBlob: b64(offline),
            EncryptionAlgorithm,
          })
        ).Plaintext,
      ).toBe(b64(message));
      expect(
        await failure(
          kms.call('Encrypt', {
            KeyId: key.KeyId,
            Plaintext: b64(Buffer.alloc(limit + 1)),
            EncryptionAlgorithm,
          }),
        ),
      ).toEqual({
        type: 'ValidationException',
        message: `Algorithm ${EncryptionAlgorithm} and key spec ${KeySpec} cannot encrypt data larger than ${limit} bytes.`,
      });
    },
  );

  it('ReEncrypt moves ciphertext between RSA and symmetric keys both ways', async () => {
    const kms = createKmsEngine();
    const rsa = await keyOf(kms, 'RSA_2048', 'ENCRYPT_DECRYPT');
    const rsa2 = await keyOf(kms, 'RSA_2048', 'ENCRYPT_DECRYPT');
    const sym = await newKey(kms, {});
    const alg = 'RSAES_OAEP_SHA_256';
    const sealed = await kms.call('Encrypt', {
      KeyId: rsa.KeyId,
      Plaintext: b64(message),
      EncryptionAlgorithm: alg,
    });
    const toRsa = await kms.call('ReEncrypt', {
      CiphertextBlob: sealed.CiphertextBlob,
      SourceKeyId: rsa.KeyId,
      SourceEncryptionAlgorithm: alg,
      DestinationKeyId: rsa2.KeyId,
      DestinationEncryptionAlgorithm: alg,
    });
    expect(Object.keys(toRsa).sort()).toEqual([
      'CiphertextBlob',
      'DestinationEncryptionAlgorithm',
      'KeyId',
      'SourceEncryptionAlgorithm',
      'SourceKeyId',
    ]);
    const toSym = await kms.call('ReEncrypt', {
      CiphertextBlob: toRsa.CiphertextBlob,
      SourceKeyId: rsa2.KeyId,
      SourceEncryptionAlgorithm: alg,
      DestinationKeyId: sym.KeyId,
    });
    expect(toSym).toMatchObject({
      SourceEncryptionAlgorithm: alg,
      DestinationEncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
      DestinationKeyMaterialId: sym.CurrentKeyMaterialId,
    });
    const back = await kms.call('ReEncrypt', {
      CiphertextBlob: toSym.CiphertextBlob,
      DestinationKeyId: rsa.KeyId,
      DestinationEncryptionAlgorithm: 'RSAES_OAEP_SHA_1',
    });
    expect(back).toMatchObject({
      SourceEncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
      SourceKeyMaterialId: sym.CurrentKeyMaterialId,
      DestinationEncryptionAlgorithm: 'RSAES_OAEP_SHA_1',
    });
    const opened = await kms.call('Decrypt', {
      KeyId: rsa.KeyId,
      CiphertextBlob: back.CiphertextBlob,
      EncryptionAlgorithm: 'RSAES_OAEP_SHA_1',
    });
    expect(opened.Plaintext).toBe(b64(message));
  });

  it('refuses a missing algorithm, a missing KeyId and a context', async () => {
    const kms = createKmsEngine();
    const rsa = await keyOf(kms, 'RSA_2048', 'ENCRYPT_DECRYPT');
    const signing = await keyOf(kms, 'RSA_2048', 'SIGN_VERIFY');
    expect(
      (await failure(kms.call('Encrypt', { KeyId: rsa.KeyId, Plaintext: b64(message) }))).type,
    ).toBe('InvalidKeyUsageException');
    expect(
      (
        await failure(
          kms.call('Encrypt', {
            KeyId: signing.KeyId,
            Plaintext: b64(message),
            EncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
          }),
        )
      ).type,
    ).toBe('InvalidKeyUsageException');
    expect(
      (
        await failure(
          kms.call('Encrypt', {
            KeyId: rsa.KeyId,
            Plaintext: b64(message),
            EncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
            EncryptionContext: { a: 'b' },
          }),
        )
      ).type,
    ).toBe('ValidationException');
    expect(
      (
        await failure(
          kms.call('Decrypt', {
            CiphertextBlob: b64(Buffer.alloc(256, 1)),
            EncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
          }),
        )
      ).type,
    ).toBe('ValidationException');
    expect(
      (
        await failure(
          kms.call('Decrypt', {
            KeyId: rsa.KeyId,
            CiphertextBlob: b64(Buffer.alloc(256, 1)),
            EncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
          }),
        )
      ).type,
    ).toBe('InvalidCiphertextException');
    expect(
      (
        await failure(
          kms.call('Encrypt', {
            KeyId: rsa.KeyId,
            Plaintext: b64(message),
            EncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
            DryRun: true,
          }),
        )
      ).type,
    ).toBe('DryRunOperationException');
  });
});

it('HMAC keys give the MAC OpenSSL gives under the stored secret (through a data dir restart, see durable tests)', async () => {
  const kms = createKmsEngine();
  const key = await keyOf(kms, 'HMAC_384', 'GENERATE_VERIFY_MAC');
  const record = await kms.store.getKey(key.KeyId);
  const secret = record?.macKey ?? new Uint8Array();
  expect(secret.length).toBe(48);
  const made = await kms.call('GenerateMac', {
    KeyId: key.KeyId,
    Message: b64(message),
    MacAlgorithm: 'HMAC_SHA_384',
  });
  expect(Buffer.from(unb64(made.Mac))).toEqual(
    createHmac('sha384', secret).update(message).digest(),
  );
});

it('makes a key pair once, on first use, even when first uses race', async () => {
  const kms = createKmsEngine();
  const key = await keyOf(kms, 'ECC_NIST_P256', 'SIGN_VERIFY');
  expect((await kms.store.getKey(key.KeyId))?.keyPair).toBeUndefined();
  const replies = await Promise.all(
    Array.from({ length: 8 }, () => kms.call('GetPublicKey', { KeyId: key.KeyId })),
  );
  expect(new Set(replies.map((r) => r.PublicKey)).size).toBe(1);
  const stored = (await kms.store.getKey(key.KeyId))?.keyPair;
  expect(b64(stored?.publicKey ?? new Uint8Array())).toBe(replies[0]?.PublicKey);
});
