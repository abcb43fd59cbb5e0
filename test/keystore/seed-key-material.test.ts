// Seed keys with their own key material beyond a symmetric key's: an HMAC key's bytes and an
// asymmetric key's PKCS#8 private key, checked against the key spec where the seed is read and
// made into the same key pair every time it is applied.
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodeBase64 } from '../../src/codec/index.js';
import { pkcs8, tlv, oid, TAG } from '../../src/crypto/der.js';
import { createMemoryStore } from '../../src/keystore/memory-store.js';
import { applySeed } from '../../src/keystore/seed-apply.js';
import { formatSeedIssues, validateSeed, type Seed } from '../../src/keystore/seed.js';

const ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
const pem = (key: KeyObject) => String(key.export({ format: 'pem', type: 'pkcs8' }));
const spkiOf = (key: KeyObject) =>
  new Uint8Array(createPublicKey(key).export({ format: 'der', type: 'spki' }));

const rsa2048 = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
const p256 = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey;
const k1 = generateKeyPairSync('ec', { namedCurve: 'secp256k1' }).privateKey;
const ed = generateKeyPairSync('ed25519').privateKey;
/** RFC 9881 ML-DSA-44 private key in the seed form (node:crypto on Node 20 has no ML-DSA). */
const mlDsaSeed = Uint8Array.from({ length: 32 }, (_, i) => i + 1);
const mlDsa44 = pkcs8(tlv(TAG.SEQUENCE, oid('2.16.840.1.101.3.4.3.17')), tlv(0x80, mlDsaSeed));

function seedOf(fields: Record<string, unknown>): Seed {
  const result = validateSeed({ keys: [{ id: ID, ...fields }] });
  if (!result.ok) throw new Error(formatSeedIssues(result.issues));
  return result.seed;
}

async function applied(fields: Record<string, unknown>) {
  const store = createMemoryStore();
  const result = await applySeed(store, seedOf(fields));
  if (!result.ok) throw new Error(formatSeedIssues(result.issues));
  return { store, key: await store.getKey(ID) };
}

describe('seed key material: good keys', () => {
  it.each([
    ['RSA_2048', rsa2048],
    ['ECC_NIST_P256', p256],
    ['ECC_SECG_P256K1', k1],
    ['ECC_NIST_EDWARDS25519', ed],
  ] as const)('%s: a PEM private key gives the key pair it is half of', async (keySpec, key) => {
    const { key: record } = await applied({
      keySpec,
      keyUsage: 'SIGN_VERIFY',
      privateKey: pem(key),
    });
    expect(record?.keyPair?.publicKey).toEqual(spkiOf(key));
    // The stored private key is one OpenSSL reads as the same key.
    const stored = createPrivateKey({
      key: Buffer.from(record?.keyPair?.privateKey ?? []),
      format: 'der',
      type: 'pkcs8',
    });
    expect(spkiOf(stored)).toEqual(spkiOf(key));
  });

  it('takes base64 of the DER as well as PEM', async () => {
    const der = p256.export({ format: 'der', type: 'pkcs8' });
    const { key } = await applied({
      keySpec: 'ECC_NIST_P256',
      keyUsage: 'KEY_AGREEMENT',
      privateKey: der.toString('base64'),
    });
    expect(key?.keyPair?.publicKey).toEqual(spkiOf(p256));
  });

  it('ML_DSA_44: a seed-form key gives the same public key every time', async () => {
    const fields = {
      keySpec: 'ML_DSA_44',
      keyUsage: 'SIGN_VERIFY',
      privateKey: encodeBase64(mlDsa44),
    };
    const first = (await applied(fields)).key?.keyPair;
    const second = (await applied(fields)).key?.keyPair;
    expect(first?.publicKey.length).toBe(1312 + 22);
    expect(second?.publicKey).toEqual(first?.publicKey);
    expect(first?.privateKey).toEqual(mlDsa44);
  });

  it('an HMAC key keeps the seeded bytes, and one without gets fresh ones of its length', async () => {
    const material = Uint8Array.from({ length: 48 }, (_, i) => i);
    const fixed = await applied({
      keySpec: 'HMAC_384',
      keyUsage: 'GENERATE_VERIFY_MAC',
      material: encodeBase64(material),
    });
    expect(fixed.key?.macKey).toEqual(material);
    const fresh = await applied({ keySpec: 'HMAC_224', keyUsage: 'GENERATE_VERIFY_MAC' });
    expect(fresh.key?.macKey?.length).toBe(28);
  });

  it('is idempotent, and refuses a seed whose key pair differs from the stored key', async () => {
    const fields = { keySpec: 'ECC_NIST_P256', keyUsage: 'SIGN_VERIFY', privateKey: pem(p256) };
    const { store } = await applied(fields);
    expect(await applySeed(store, seedOf(fields))).toMatchObject({ ok: true, existingKeys: [ID] });
    const other = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey;
    expect(await applySeed(store, seedOf({ ...fields, privateKey: pem(other) }))).toEqual({
      ok: false,
      issues: [
        {
          path: 'keys[0].privateKey',
          message: `key ${ID} already exists in the store with a different key pair`,
        },
      ],
    });
  });
});

describe('seed key material: what is refused, with the place and the reason', () => {
  const usage = (spec: string) => (spec.startsWith('HMAC') ? 'GENERATE_VERIFY_MAC' : 'SIGN_VERIFY');
  // Read with the key-pair code when the seed is applied: nothing is written then.
  it.each<[string, string, string, RegExp]>([
    [
      'a key of another curve',
      'ECC_NIST_P384',
      pem(p256),
      /^is not an EC key on the curve 1\.3\.132\.0\.34 \(key spec ECC_NIST_P384\)$/,
    ],
    [
      'an RSA key of another size',
      'RSA_3072',
      pem(rsa2048),
      /^is not an RSA key with a 3072-bit modulus \(key spec RSA_3072\)$/,
    ],
    ['an EC key for Ed25519', 'ECC_NIST_EDWARDS25519', pem(p256), /^is not an Ed25519 key/],
    ['an Ed25519 key for ML-DSA', 'ML_DSA_44', pem(ed), /^is not an ML-DSA-44 key/],
    [
      'a traditional EC PEM',
      'ECC_NIST_P256',
      String(p256.export({ format: 'pem', type: 'sec1' })),
      /^must be PKCS#8 PEM \(-----BEGIN PRIVATE KEY-----\), not a traditional key/,
    ],
    ['text that is no key', 'ECC_NIST_P256', 'hello', /^must be a PKCS#8 private key/],
    ['base64 that is no DER', 'ECC_NIST_P256', 'AAAA', /^is not a DER PKCS#8 PrivateKeyInfo$/],
  ])('%s', async (_name, keySpec, privateKey, message) => {
    const store = createMemoryStore();
    const result = await applySeed(
      store,
      seedOf({ keySpec, keyUsage: usage(keySpec), privateKey }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]?.path).toBe('keys[0].privateKey');
    expect(result.issues[0]?.message).toMatch(message);
    expect(await store.getKey(ID)).toBeUndefined();
  });

  it.each([
    ['an HMAC key', { keySpec: 'HMAC_256', keyUsage: 'GENERATE_VERIFY_MAC' }],
    ['a symmetric key', {}],
  ])('a private key on %s, where the seed is read', (_name, fields) => {
    expect(validateSeed({ keys: [{ id: ID, ...fields, privateKey: pem(p256) }] })).toEqual({
      ok: false,
      issues: [{ path: 'keys[0].privateKey', message: 'is only for asymmetric keys' }],
    });
  });

  it('an EC scalar outside the curve is refused when the seed is applied, and nothing is written', async () => {
    // A P-256 scalar of all ones is above the curve's order.
    const algorithm = tlv(TAG.SEQUENCE, oid('1.2.840.10045.2.1'), oid('1.2.840.10045.3.1.7'));
    const ecKey = tlv(
      TAG.SEQUENCE,
      tlv(TAG.INTEGER, Uint8Array.of(1)),
      tlv(TAG.OCTET_STRING, new Uint8Array(32).fill(0xff)),
    );
    const seed = seedOf({
      keySpec: 'ECC_NIST_P256',
      keyUsage: 'SIGN_VERIFY',
      privateKey: encodeBase64(pkcs8(algorithm, ecKey)),
    });
    const store = createMemoryStore();
    expect(await applySeed(store, seed)).toEqual({
      ok: false,
      issues: [
        {
          path: 'keys[0].privateKey',
          message: 'has a private scalar outside the order of the ECC_NIST_P256 curve',
        },
      ],
    });
    expect(await store.getKey(ID)).toBeUndefined();
  });
});
