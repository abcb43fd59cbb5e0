import {
  createHash,
  createPublicKey,
  createPrivateKey,
  sign as nodeSign,
  verify as nodeVerify,
  constants,
} from 'node:crypto';
import { ed25519ph } from '@noble/curves/ed25519.js';
import { shake256 } from '@noble/hashes/sha3.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSpki } from '../../src/crypto/der.js';
import { generateKeyPair, type KeyPair } from '../../src/crypto/key-pairs.js';
import type { AsymmetricKeySpec } from '../../src/crypto/key-pair-specs.js';
import { sign, SigningInputError, verify } from '../../src/crypto/signatures.js';
import {
  SIGNING_ALGORITHMS,
  SIGNING_ALGORITHMS_BY_SPEC,
  type SigningAlgorithm,
} from '../../src/crypto/signing-algorithms.js';

const message = new TextEncoder().encode('test message !%$@ 1234567890');
const pairs = new Map<string, KeyPair>();
const SPECS = Object.keys(SIGNING_ALGORITHMS_BY_SPEC) as AsymmetricKeySpec[];

beforeAll(async () => {
  for (const spec of SPECS) pairs.set(spec, await generateKeyPair(spec));
}, 60_000);

const pairOf = (spec: string): KeyPair => {
  const pair = pairs.get(spec);
  if (!pair) throw new Error(`no pair for ${spec}`);
  return pair;
};
const nodeHash = (alg: SigningAlgorithm) =>
  SIGNING_ALGORITHMS[alg].hash?.replace('-', '').toLowerCase() ?? 'sha512';
const digestOf = (alg: SigningAlgorithm, data: Uint8Array) =>
  new Uint8Array(createHash(nodeHash(alg)).update(data).digest());

/** node:crypto's verify options for a KMS algorithm, PSS salt = digest length as KMS signs. */
function nodeKey(alg: SigningAlgorithm, spki: Uint8Array) {
  const key = createPublicKey({ key: Buffer.from(spki), format: 'der', type: 'spki' });
  const family = SIGNING_ALGORITHMS[alg].family;
  if (family === 'RSA_PSS') {
    return {
      key,
      padding: constants.RSA_PKCS1_PSS_PADDING,
      saltLength: createHash(nodeHash(alg)).digest().length,
    };
  }
  if (family === 'ECDSA') return { key, dsaEncoding: 'der' as const };
  return { key };
}

const OPENSSL_CASES = SPECS.flatMap((spec) =>
  (SIGNING_ALGORITHMS_BY_SPEC[spec] ?? [])
    .filter((alg) =>
      ['RSA_PSS', 'RSA_PKCS1', 'ECDSA', 'ED25519'].includes(SIGNING_ALGORITHMS[alg].family),
    )
    .flatMap((alg) =>
      SIGNING_ALGORITHMS[alg].messageTypes.map((type) => [spec, alg, type] as const),
    ),
);

describe('signatures verify with OpenSSL (node:crypto)', () => {
  it.each(OPENSSL_CASES)('%s %s %s', async (spec, algorithm, messageType) => {
    const { publicKey, privateKey } = pairOf(spec);
    const input = messageType === 'DIGEST' ? digestOf(algorithm, message) : message;
    const signature = await sign(privateKey, {
      keySpec: spec,
      algorithm,
      messageType,
      message: input,
    });
    const hash = SIGNING_ALGORITHMS[algorithm].family === 'ED25519' ? null : nodeHash(algorithm);
    // A DIGEST signature is a signature of the message whose digest was given.
    expect(nodeVerify(hash, message, nodeKey(algorithm, publicKey), signature)).toBe(true);
    expect(
      await verify(publicKey, { keySpec: spec, algorithm, messageType, message: input }, signature),
    ).toBe(true);

    const flipped = signature.slice();
    flipped[flipped.length - 1] = (flipped[flipped.length - 1] ?? 0) ^ 1;
    expect(
      await verify(publicKey, { keySpec: spec, algorithm, messageType, message: input }, flipped),
    ).toBe(false);
    const other =
      messageType === 'DIGEST' ? digestOf(algorithm, Uint8Array.of(1)) : Uint8Array.of(1);
    expect(
      await verify(publicKey, { keySpec: spec, algorithm, messageType, message: other }, signature),
    ).toBe(false);

    // And what OpenSSL signs, we verify.
    const theirs = nodeSign(hash, message, {
      ...nodeKey(algorithm, publicKey),
      key: createPrivateKey({ key: Buffer.from(privateKey), format: 'der', type: 'pkcs8' }),
    });
    expect(
      await verify(publicKey, { keySpec: spec, algorithm, messageType, message: input }, theirs),
    ).toBe(true);
  });

  it.each([
    'RSASSA_PKCS1_V1_5_SHA_256',
    'RSASSA_PKCS1_V1_5_SHA_384',
    'RSASSA_PKCS1_V1_5_SHA_512',
  ] as const)(
    '%s is deterministic: DIGEST, RAW and OpenSSL give the same bytes',
    async (algorithm) => {
      const { privateKey } = pairOf('RSA_2048');
      const raw = await sign(privateKey, {
        keySpec: 'RSA_2048',
        algorithm,
        messageType: 'RAW',
        message,
      });
      const digest = await sign(privateKey, {
        keySpec: 'RSA_2048',
        algorithm,
        messageType: 'DIGEST',
        message: digestOf(algorithm, message),
      });
      const key = createPrivateKey({ key: Buffer.from(privateKey), format: 'der', type: 'pkcs8' });
      expect(digest).toEqual(raw);
      expect(Buffer.from(raw)).toEqual(nodeSign(nodeHash(algorithm), message, key));
    },
  );

  it('PSS uses a salt as long as the digest (OpenSSL refuses other salt lengths)', async () => {
    const { publicKey, privateKey } = pairOf('RSA_2048');
    for (const messageType of ['RAW', 'DIGEST'] as const) {
      const input = messageType === 'DIGEST' ? digestOf('RSASSA_PSS_SHA_384', message) : message;
      const signature = await sign(privateKey, {
        keySpec: 'RSA_2048',
        algorithm: 'RSASSA_PSS_SHA_384',
        messageType,
        message: input,
      });
      const key = createPublicKey({ key: Buffer.from(publicKey), format: 'der', type: 'spki' });
      const opts = { key, padding: constants.RSA_PKCS1_PSS_PADDING };
      expect(nodeVerify('sha384', message, { ...opts, saltLength: 48 }, signature)).toBe(true);
      expect(nodeVerify('sha384', message, { ...opts, saltLength: 32 }, signature)).toBe(false);
    }
  });
});

describe('Ed25519ph', () => {
  it('DIGEST signs the digest with RFC 8032 Ed25519ph, which hashes it again', async () => {
    const { publicKey, privateKey } = pairOf('ECC_NIST_EDWARDS25519');
    const base = { keySpec: 'ECC_NIST_EDWARDS25519', algorithm: 'ED25519_PH_SHA_512' } as const;
    const digest = digestOf('ED25519_PH_SHA_512', message);
    const signature = await sign(privateKey, { ...base, messageType: 'DIGEST', message: digest });
    const point = parseSpki(publicKey)?.publicKey ?? new Uint8Array();
    expect(ed25519ph.verify(signature, digest, point)).toBe(true);
    expect(ed25519ph.verify(signature, message, point)).toBe(false);
    expect(
      await verify(publicKey, { ...base, messageType: 'DIGEST', message: digest }, signature),
    ).toBe(true);
    const other = digestOf('ED25519_PH_SHA_512', Uint8Array.of(1));
    expect(
      await verify(publicKey, { ...base, messageType: 'DIGEST', message: other }, signature),
    ).toBe(false);
  });
});

describe('ML-DSA', () => {
  it.each(['ML_DSA_44', 'ML_DSA_65', 'ML_DSA_87'] as const)(
    '%s: RAW and EXTERNAL_MU sign the same message',
    async (spec) => {
      const { publicKey, privateKey } = pairOf(spec);
      const base = { keySpec: spec, algorithm: 'ML_DSA_SHAKE_256' } as const;
      const raw = await sign(privateKey, { ...base, messageType: 'RAW', message });
      expect(await verify(publicKey, { ...base, messageType: 'RAW', message }, raw)).toBe(true);
      expect(
        await verify(publicKey, { ...base, messageType: 'RAW', message: Uint8Array.of(1) }, raw),
      ).toBe(false);
      // mu = SHAKE256(SHAKE256(pk, 64) || 0 || 0 || M, 64) (FIPS 204 Algorithm 2, empty context).
      const pk = parseSpki(publicKey)?.publicKey ?? new Uint8Array();
      const tr = shake256(pk, { dkLen: 64 });
      const mu = shake256(new Uint8Array([...tr, 0, 0, ...message]), { dkLen: 64 });
      const external = await sign(privateKey, { ...base, messageType: 'EXTERNAL_MU', message: mu });
      expect(await verify(publicKey, { ...base, messageType: 'RAW', message }, external)).toBe(
        true,
      );
      expect(
        await verify(publicKey, { ...base, messageType: 'EXTERNAL_MU', message: mu }, raw),
      ).toBe(true);
    },
  );
});

describe('what KMS refuses', () => {
  const rsa = { keySpec: 'RSA_2048', algorithm: 'RSASSA_PSS_SHA_256' } as const;
  it.each([
    [
      { ...rsa, messageType: 'DIGEST', message },
      'Digest is invalid length for algorithm RSASSA_PSS_SHA_256.',
    ],
    [
      { ...rsa, messageType: 'EXTERNAL_MU', message },
      'MessageType EXTERNAL_MU is not supported with algorithm RSASSA_PSS_SHA_256.',
    ],
    [
      { keySpec: 'ECC_NIST_P256', algorithm: 'ECDSA_SHA_384', messageType: 'RAW', message },
      'Algorithm ECDSA_SHA_384 is incompatible with key spec ECC_NIST_P256.',
    ],
    [
      {
        keySpec: 'ECC_NIST_EDWARDS25519',
        algorithm: 'ED25519_SHA_512',
        messageType: 'DIGEST',
        message: new Uint8Array(64),
      },
      'MessageType DIGEST is not supported with algorithm ED25519_SHA_512.',
    ],
    [
      {
        keySpec: 'ECC_NIST_EDWARDS25519',
        algorithm: 'ED25519_PH_SHA_512',
        messageType: 'RAW',
        message,
      },
      'MessageType RAW is not supported with algorithm ED25519_PH_SHA_512.',
    ],
    [
      { keySpec: 'ML_DSA_44', algorithm: 'ML_DSA_SHAKE_256', messageType: 'EXTERNAL_MU', message },
      'External mu is invalid length for algorithm ML_DSA_SHAKE_256.',
    ],
  ] as const)('%j', async (input, text) => {
    const { privateKey, publicKey } = pairOf(input.keySpec);
    await expect(sign(privateKey, input)).rejects.toThrow(new SigningInputError(text));
    await expect(verify(publicKey, input, new Uint8Array(8))).rejects.toThrow(SigningInputError);
  });

  it('a malformed signature is invalid, not an error', async () => {
    for (const spec of SPECS) {
      const { publicKey } = pairOf(spec);
      const algorithm = SIGNING_ALGORITHMS_BY_SPEC[spec]?.[0] ?? 'ECDSA_SHA_256';
      expect(
        await verify(
          publicKey,
          { keySpec: spec, algorithm, messageType: 'RAW', message },
          Uint8Array.of(0x30, 1, 2),
        ),
      ).toBe(false);
    }
  });
});
