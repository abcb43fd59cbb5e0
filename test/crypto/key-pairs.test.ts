import { createPrivateKey, createPublicKey } from 'node:crypto';
import { ml_dsa65 } from '@noble/post-quantum/ml-dsa.js';
import { describe, expect, it } from 'vitest';
import { parseSpki } from '../../src/crypto/der.js';
import {
  ecKeyPairFromScalar,
  ecScalarOf,
  ed25519KeyPairFromSeed,
  ed25519SeedOf,
  generateKeyPair,
  mlDsaSeedOf,
} from '../../src/crypto/key-pairs.js';
import type { AsymmetricKeySpec } from '../../src/crypto/key-pair-specs.js';

const der = (bytes: Uint8Array) => Buffer.from(bytes);

// What OpenSSL (through node:crypto) says each key is.
const OPENSSL: [AsymmetricKeySpec, string, Record<string, unknown>][] = [
  ['RSA_2048', 'rsa', { modulusLength: 2048, publicExponent: 65537n }],
  ['RSA_3072', 'rsa', { modulusLength: 3072, publicExponent: 65537n }],
  ['RSA_4096', 'rsa', { modulusLength: 4096, publicExponent: 65537n }],
  ['ECC_NIST_P256', 'ec', { namedCurve: 'prime256v1' }],
  ['ECC_NIST_P384', 'ec', { namedCurve: 'secp384r1' }],
  ['ECC_NIST_P521', 'ec', { namedCurve: 'secp521r1' }],
  ['ECC_SECG_P256K1', 'ec', { namedCurve: 'secp256k1' }],
  ['ECC_NIST_EDWARDS25519', 'ed25519', {}],
];

describe('generateKeyPair', () => {
  it.each(OPENSSL)(
    '%s: OpenSSL reads both halves as one %s key pair',
    async (spec, type, details) => {
      const pair = await generateKeyPair(spec);
      const publicKey = createPublicKey({ key: der(pair.publicKey), format: 'der', type: 'spki' });
      const privateKey = createPrivateKey({
        key: der(pair.privateKey),
        format: 'der',
        type: 'pkcs8',
      });
      expect(publicKey.asymmetricKeyType).toBe(type);
      expect(publicKey.asymmetricKeyDetails).toMatchObject(details);
      // The private key's own public half is the SPKI we hand out, byte for byte.
      const derived = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
      expect(new Uint8Array(derived)).toEqual(pair.publicKey);
    },
  );

  it('makes a different pair every time', async () => {
    const a = await generateKeyPair('ECC_NIST_P256');
    const b = await generateKeyPair('ECC_NIST_P256');
    expect(a.privateKey).not.toEqual(b.privateKey);
    expect(a.publicKey).not.toEqual(b.publicKey);
  });

  it.each(['ML_DSA_44', 'ML_DSA_65', 'ML_DSA_87'] as const)(
    '%s: SPKI with the FIPS 204 public key, PKCS#8 with the RFC 9881 seed',
    async (spec) => {
      const pair = await generateKeyPair(spec);
      const oidByte = { ML_DSA_44: 0x11, ML_DSA_65: 0x12, ML_DSA_87: 0x13 }[spec];
      const spki = parseSpki(pair.publicKey);
      expect(spki?.algorithm).toEqual(Uint8Array.of(0x60, 0x86, 0x48, 1, 0x65, 3, 4, 3, oidByte));
      expect(spki?.publicKey.length).toBe(
        { ML_DSA_44: 1312, ML_DSA_65: 1952, ML_DSA_87: 2592 }[spec],
      );
      expect(mlDsaSeedOf(pair.privateKey)?.length).toBe(32);
    },
  );

  it('ML-DSA public key is the one FIPS 204 keygen derives from the stored seed', async () => {
    const pair = await generateKeyPair('ML_DSA_65');
    const seed = mlDsaSeedOf(pair.privateKey);
    expect(seed).toBeDefined();
    expect(parseSpki(pair.publicKey)?.publicKey).toEqual(ml_dsa65.keygen(seed).publicKey);
  });
});

describe('hand-built encodings', () => {
  it('secp256k1 from a known scalar matches what OpenSSL derives', async () => {
    const scalar = new Uint8Array(32).fill(7);
    const pair = await ecKeyPairFromScalar('ECC_SECG_P256K1', scalar);
    const privateKey = createPrivateKey({
      key: der(pair.privateKey),
      format: 'der',
      type: 'pkcs8',
    });
    expect(privateKey.export({ format: 'jwk' }).d).toBe(Buffer.from(scalar).toString('base64url'));
    expect(ecScalarOf(pair.privateKey)).toEqual(scalar);
  });

  it('Ed25519 from a seed matches OpenSSL (RFC 8410)', async () => {
    const seed = new Uint8Array(32).fill(9);
    const pair = await ed25519KeyPairFromSeed(seed);
    const privateKey = createPrivateKey({
      key: der(pair.privateKey),
      format: 'der',
      type: 'pkcs8',
    });
    const spki = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
    expect(new Uint8Array(spki)).toEqual(pair.publicKey);
    expect(ed25519SeedOf(pair.privateKey)).toEqual(seed);
  });

  it('reads the scalar of a WebCrypto-exported NIST key', async () => {
    const pair = await generateKeyPair('ECC_NIST_P384');
    const jwk = createPrivateKey({
      key: der(pair.privateKey),
      format: 'der',
      type: 'pkcs8',
    }).export({
      format: 'jwk',
    });
    expect(Buffer.from(ecScalarOf(pair.privateKey) ?? []).toString('base64url')).toBe(jwk.d);
  });

  it('refuses what is not a key', () => {
    expect(ecScalarOf(Uint8Array.of(0x30, 0x03, 0x02, 0x01))).toBeUndefined();
    expect(ed25519SeedOf(new Uint8Array(0))).toBeUndefined();
    expect(mlDsaSeedOf(Uint8Array.of(0x30, 0x80))).toBeUndefined();
  });
});
