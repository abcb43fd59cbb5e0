// Signing, MACs and key agreement: the requests of each recorded test,
// sent to the mock (see index.ts).
import {
  constants,
  createECDH,
  createHash,
  createPublicKey,
  generateKeyPairSync,
  verify as verifySignature,
} from 'node:crypto';
import { expect } from 'vitest';
import type { KmsEngine } from '../../../src/mock/index.js';
import { b64, unb64 } from '../helpers.js';
import { reply } from '../recorded-replay.js';
import { text, create, MESSAGE, withValues, type Scenario } from './common.js';

export const scenarios: Record<string, Scenario> = {};

const HASHES = { SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' } as const;
const hashOf = (algorithm: string) =>
  HASHES[(Object.keys(HASHES) as (keyof typeof HASHES)[]).find((h) => algorithm.endsWith(h))!];

type SigningAlgorithm =
  | 'RSASSA_PSS_SHA_256'
  | 'RSASSA_PSS_SHA_384'
  | 'RSASSA_PSS_SHA_512'
  | 'RSASSA_PKCS1_V1_5_SHA_256'
  | 'RSASSA_PKCS1_V1_5_SHA_512'
  | 'ECDSA_SHA_256'
  | 'ECDSA_SHA_384';
type SigningSpec = 'RSA_2048' | 'RSA_4096' | 'ECC_NIST_P256' | 'ECC_NIST_P384' | 'ECC_SECG_P256K1';
const SIGNING: [SigningSpec, SigningAlgorithm][] = [
  ['RSA_2048', 'RSASSA_PSS_SHA_256'],
  ['RSA_2048', 'RSASSA_PSS_SHA_384'],
  ['RSA_2048', 'RSASSA_PSS_SHA_512'],
  ['RSA_4096', 'RSASSA_PKCS1_V1_5_SHA_256'],
  ['RSA_4096', 'RSASSA_PKCS1_V1_5_SHA_512'],
  ['ECC_NIST_P256', 'ECDSA_SHA_256'],
  ['ECC_NIST_P384', 'ECDSA_SHA_384'],
  ['ECC_SECG_P256K1', 'ECDSA_SHA_256'],
];

for (const [spec, SigningAlgorithm] of SIGNING) {
  scenarios[`TestKMS::test_sign_verify[${spec}-${SigningAlgorithm}]`] = async (kms) => {
    const plaintext = Buffer.from('test message !%$@ 1234567890');
    const digest = createHash(hashOf(SigningAlgorithm)).update(plaintext).digest();
    const key = await create(kms, { KeyUsage: 'SIGN_VERIFY', KeySpec: spec });
    const common = { KeyId: key.KeyId, SigningAlgorithm };
    const sign = (MessageType: 'RAW' | 'DIGEST', Message: Uint8Array) =>
      kms.call('Sign', { ...common, MessageType, Message: b64(Message) });
    const badSignature = (await sign('RAW', Buffer.from('bad'))).Signature;
    const signature = await reply(sign('RAW', plaintext));
    const signed = (signature.body as { Signature: string }).Signature;
    const verification = await reply(
      kms.call('Verify', {
        ...common,
        MessageType: 'RAW',
        Message: b64(plaintext),
        Signature: signed,
      }),
    );
    const digestSignature = await sign('DIGEST', digest);
    const digestVerified = await kms.call('Verify', {
      ...common,
      MessageType: 'DIGEST',
      Message: b64(digest),
      Signature: digestSignature.Signature ?? '',
    });
    expect(digestVerified.SignatureValid).toBe(true);
    return {
      replies: {
        signature,
        verification,
        'bad-digest': await reply(sign('DIGEST', plaintext)),
        'bad-signature': await reply(
          kms.call('Verify', {
            ...common,
            MessageType: 'RAW',
            Message: b64(plaintext),
            Signature: badSignature ?? '',
          }),
        ),
      },
    };
  };

  // Nothing recorded: the test checks the signatures offline with the public key, as here.
  scenarios[`TestKMS::test_verify_salt_length[${spec}-${SigningAlgorithm}]`] = async (kms) => {
    const plaintext = Buffer.from('test message !%$@ 1234567890');
    const hash = hashOf(SigningAlgorithm);
    const digest = createHash(hash).update(plaintext).digest();
    const key = await create(kms, { KeyUsage: 'SIGN_VERIFY', KeySpec: spec });
    const { PublicKey } = await kms.call('GetPublicKey', { KeyId: key.KeyId });
    const publicKey = createPublicKey({
      key: Buffer.from(unb64(PublicKey)),
      format: 'der',
      type: 'spki',
    });
    for (const [MessageType, Message] of [
      ['RAW', plaintext],
      ['DIGEST', digest],
    ] as const) {
      const { Signature } = await kms.call('Sign', {
        KeyId: key.KeyId,
        SigningAlgorithm,
        MessageType,
        Message: b64(Message),
      });
      // PSS with a salt as long as the digest, as KMS signs; a DIGEST signature is the RAW one's.
      const pss = SigningAlgorithm.startsWith('RSASSA_PSS')
        ? { padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: digest.length }
        : {};
      expect(
        verifySignature(hash, plaintext, { key: publicKey, ...pss }, unb64(Signature)),
        `${MessageType} signature checks offline`,
      ).toBe(true);
    }
    return { replies: {} };
  };
}

type MacSpec = 'HMAC_224' | 'HMAC_256' | 'HMAC_384' | 'HMAC_512';
const macKey = (kms: KmsEngine, KeySpec: MacSpec) =>
  create(kms, { Description: 'test hmac key', KeySpec, KeyUsage: 'GENERATE_VERIFY_MAC' });

for (const [spec, MacAlgorithm] of [
  ['HMAC_224', 'HMAC_SHA_224'],
  ['HMAC_256', 'HMAC_SHA_256'],
  ['HMAC_384', 'HMAC_SHA_384'],
  ['HMAC_512', 'HMAC_SHA_512'],
] as const)
  scenarios[`TestKMS::test_generate_and_verify_mac[${spec}-${MacAlgorithm}]`] = async (kms) => {
    const key = await macKey(kms, spec);
    const generated = await reply(
      kms.call('GenerateMac', { KeyId: key.KeyId, Message: MESSAGE, MacAlgorithm }),
    );
    const Mac = (generated.body as { Mac: string }).Mac;
    return {
      replies: {
        'generate-mac': generated,
        'verify-mac': await reply(
          kms.call('VerifyMac', { KeyId: key.KeyId, Message: MESSAGE, MacAlgorithm, Mac }),
        ),
        'generate-mac-invalid-key-id': await reply(
          kms.call('GenerateMac', { KeyId: 'key_id', Message: MESSAGE, MacAlgorithm }),
        ),
        'verify-mac-invalid-key-id': await reply(
          kms.call('VerifyMac', { KeyId: 'key_id', Message: MESSAGE, MacAlgorithm, Mac }),
        ),
      },
    };
  };

for (const [spec, algorithm] of [
  ['HMAC_224', 'HMAC_SHA_256'],
  ['HMAC_256', 'INVALID'],
] as const)
  scenarios[`TestKMS::test_invalid_generate_mac[${spec}-${algorithm}]`] = async (kms) => {
    const key = await macKey(kms, spec);
    const body = { KeyId: key.KeyId, Message: MESSAGE, MacAlgorithm: algorithm };
    return { replies: { 'generate-mac': await reply(kms.call('GenerateMac', body)) } };
  };

for (const [algorithm, message] of [
  ['HMAC_SHA_256', 'some different important message'],
  ['HMAC_SHA_512', 'some important message'],
  ['INVALID', 'some important message'],
] as const)
  scenarios[`TestKMS::test_invalid_verify_mac[HMAC_256-${algorithm}-${message}]`] = async (kms) => {
    const key = await macKey(kms, 'HMAC_256');
    const generated = await reply(
      kms.call('GenerateMac', { KeyId: key.KeyId, Message: MESSAGE, MacAlgorithm: 'HMAC_SHA_256' }),
    );
    const Mac = (generated.body as { Mac: string }).Mac;
    const verified = kms.call('VerifyMac', {
      KeyId: key.KeyId,
      Message: text(message),
      MacAlgorithm: algorithm,
      Mac,
    });
    return { replies: { 'generate-mac': generated, 'verify-mac': await reply(verified) } };
  };

scenarios['TestKMS::test_derive_shared_secret'] = async (kms) => {
  const agreement = { KeySpec: 'ECC_NIST_P256', KeyUsage: 'KEY_AGREEMENT' } as const;
  const first = await create(kms, agreement);
  const second = await create(kms, agreement);
  const publicKey = async (KeyId: string) =>
    (await kms.call('GetPublicKey', { KeyId })).PublicKey ?? '';
  const [firstPublic, secondPublic] = [await publicKey(first.KeyId), await publicKey(second.KeyId)];
  const derive = (KeyId: string, PublicKey: string, KeyAgreementAlgorithm = 'ECDH') =>
    reply(kms.call('DeriveSharedSecret', { KeyId, KeyAgreementAlgorithm, PublicKey }));
  const derived = await derive(first.KeyId, secondPublic);
  const other = await derive(second.KeyId, firstPublic);
  expect((other.body as { SharedSecret: string }).SharedSecret).toBe(
    (derived.body as { SharedSecret: string }).SharedSecret,
  );
  const signing = await create(kms, { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' });
  const symmetric = await create(kms);
  return {
    replies: {
      response: derived,
      'response-invalid-key-usage': withValues(await derive(signing.KeyId, secondPublic), {
        'key-arn': signing.Arn,
      }),
      'response-invalid-key-spec': await reply(
        kms.call('CreateKey', { KeySpec: 'RSA_2048', KeyUsage: 'KEY_AGREEMENT' }),
      ),
      'response-invalid-key-agreement-algo': await derive(first.KeyId, secondPublic, 'INVALID'),
      'response-invalid-key': withValues(await derive(symmetric.KeyId, secondPublic), {
        'key-arn': symmetric.Arn,
      }),
      'response-invalid-public-key': await derive(first.KeyId, text('InvalidPublicKey')),
    },
  };
};

scenarios['TestKMS::test_derive_shared_secret_matches_openssl'] = async (kms) => {
  const key = await create(kms, { KeySpec: 'ECC_NIST_P256', KeyUsage: 'KEY_AGREEMENT' });
  const ours = createECDH('prime256v1');
  ours.generateKeys();
  const { PublicKey } = await kms.call('GetPublicKey', { KeyId: key.KeyId });
  const theirs = createPublicKey({
    key: Buffer.from(unb64(PublicKey)),
    format: 'der',
    type: 'spki',
  });
  const spki = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const derived = await reply(
    kms.call('DeriveSharedSecret', {
      KeyId: key.KeyId,
      KeyAgreementAlgorithm: 'ECDH',
      PublicKey: b64(spki.publicKey.export({ format: 'der', type: 'spki' })),
    }),
  );
  // The same secret computed offline from our private key and the key's public key.
  const point = theirs.export({ format: 'jwk' });
  const raw = Buffer.concat([
    Buffer.from([4]),
    Buffer.from(point.x ?? '', 'base64url'),
    Buffer.from(point.y ?? '', 'base64url'),
  ]);
  const offline = createECDH('prime256v1');
  offline.setPrivateKey(
    Buffer.from(spki.privateKey.export({ format: 'jwk' }).d ?? '', 'base64url'),
  );
  expect((derived.body as { SharedSecret: string }).SharedSecret).toBe(
    b64(offline.computeSecret(raw)),
  );
  return { replies: { 'derived-shared-key-resp': derived } };
};
