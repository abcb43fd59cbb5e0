/**
 * Fresh key pairs for every asymmetric KeySpec, as KMS hands them out: the public key as DER
 * SubjectPublicKeyInfo (GetPublicKey, GenerateDataKeyPair `PublicKey`) and the private key as DER
 * PKCS#8 (GenerateDataKeyPair `PrivateKeyPlaintext`).
 *
 * Where each comes from: RSA and the NIST curves from WebCrypto (`generateKey`, then its own
 * `spki`/`pkcs8` export); secp256k1 from @noble/curves; Ed25519 from @noble/curves (WebCrypto's
 * Ed25519 is missing from some browsers still in use); ML-DSA from @noble/post-quantum (FIPS 204),
 * stored as the 32-byte seed form of RFC 9881.
 */
import type { Bytes } from './bytes.js';
import { oid, parsePkcs8, pkcs8, readChildren, readWhole, spki, TAG, tlv } from './der.js';
import {
  CURVES,
  EC_PUBLIC_KEY_OID,
  ED25519_OID,
  isEccSpec,
  isMlDsaSpec,
  isRsaSpec,
  ML_DSA,
  RSA_BITS,
  RSA_ENCRYPTION_OID,
  type AsymmetricKeySpec,
  type EccKeySpec,
  type MlDsaKeySpec,
} from './key-pair-specs.js';
import { ed25519Schemes, mlDsa, nobleCurve } from './noble.js';
import { mlDsaSeed, privateKeyProblem } from './private-key-check.js';
import { randomBytes } from './random.js';

export interface KeyPair {
  /** DER SubjectPublicKeyInfo. */
  publicKey: Bytes;
  /** DER PKCS#8 PrivateKeyInfo. */
  privateKey: Bytes;
}

const F4 = Uint8Array.of(1, 0, 1);

async function exportPair(pair: CryptoKeyPair): Promise<KeyPair> {
  const subtle = globalThis.crypto.subtle;
  const [publicKey, privateKey] = await Promise.all([
    subtle.exportKey('spki', pair.publicKey),
    subtle.exportKey('pkcs8', pair.privateKey),
  ]);
  return { publicKey: new Uint8Array(publicKey), privateKey: new Uint8Array(privateKey) };
}

async function rsaPair(bits: number): Promise<KeyPair> {
  const params = { name: 'RSA-PSS', modulusLength: bits, publicExponent: F4, hash: 'SHA-256' };
  const pair = await globalThis.crypto.subtle.generateKey(params, true, ['sign', 'verify']);
  return exportPair(pair);
}

function ecAlgorithm(spec: EccKeySpec): Bytes {
  return tlv(TAG.SEQUENCE, oid(EC_PUBLIC_KEY_OID), oid(CURVES[spec].oid));
}

/** RFC 5915 ECPrivateKey inside PKCS#8, with the public point, as OpenSSL writes it. */
export async function ecKeyPairFromScalar(spec: EccKeySpec, scalar: Uint8Array): Promise<KeyPair> {
  const point = (await nobleCurve(spec)).getPublicKey(scalar, false);
  const ecPrivateKey = tlv(
    TAG.SEQUENCE,
    tlv(TAG.INTEGER, Uint8Array.of(1)),
    tlv(TAG.OCTET_STRING, scalar),
    tlv(0xa1, tlv(TAG.BIT_STRING, Uint8Array.of(0), point)),
  );
  return {
    publicKey: spki(ecAlgorithm(spec), point),
    privateKey: pkcs8(ecAlgorithm(spec), ecPrivateKey),
  };
}

async function ecPair(spec: EccKeySpec): Promise<KeyPair> {
  const namedCurve = CURVES[spec].webCrypto;
  if (namedCurve === undefined) {
    return ecKeyPairFromScalar(spec, (await nobleCurve(spec)).utils.randomSecretKey());
  }
  const params = { name: 'ECDSA', namedCurve };
  return exportPair(await globalThis.crypto.subtle.generateKey(params, true, ['sign', 'verify']));
}

const ED25519_ALGORITHM = tlv(TAG.SEQUENCE, oid(ED25519_OID));

/** RFC 8410 encodings of an Ed25519 key pair from its 32-byte seed. */
export async function ed25519KeyPairFromSeed(seed: Uint8Array): Promise<KeyPair> {
  const { pure } = await ed25519Schemes();
  return {
    publicKey: spki(ED25519_ALGORITHM, pure.getPublicKey(seed)),
    privateKey: pkcs8(ED25519_ALGORITHM, tlv(TAG.OCTET_STRING, seed)),
  };
}

/** ML-DSA encodings (RFC 9881): the raw public key in SPKI, the seed-only private key in PKCS#8. */
export async function mlDsaKeyPairFromSeed(spec: MlDsaKeySpec, seed: Uint8Array): Promise<KeyPair> {
  const algorithm = tlv(TAG.SEQUENCE, oid(ML_DSA[spec].oid));
  const { publicKey } = (await mlDsa(spec)).keygen(seed);
  return {
    publicKey: spki(algorithm, publicKey),
    privateKey: pkcs8(algorithm, tlv(0x80, seed)),
  };
}

/** A fresh key pair of `spec`. */
export async function generateKeyPair(spec: AsymmetricKeySpec): Promise<KeyPair> {
  if (isRsaSpec(spec)) return rsaPair(RSA_BITS[spec]);
  if (isEccSpec(spec)) return ecPair(spec);
  if (isMlDsaSpec(spec)) return mlDsaKeyPairFromSeed(spec, randomBytes(32));
  return ed25519KeyPairFromSeed(randomBytes(32));
}

/** The private scalar of an EC PKCS#8 key (RFC 5915 `privateKey`). */
export function ecScalarOf(privateKey: Bytes): Bytes | undefined {
  const inner = parsePkcs8(privateKey)?.privateKey;
  const ecKey = inner && readWhole(inner, TAG.SEQUENCE);
  const [, scalar] = (ecKey && readChildren(ecKey.value)) ?? [];
  return scalar?.tag === TAG.OCTET_STRING ? scalar.value : undefined;
}

/** The 32-byte seed of an Ed25519 PKCS#8 key (RFC 8410 CurvePrivateKey). */
export function ed25519SeedOf(privateKey: Bytes): Bytes | undefined {
  const inner = parsePkcs8(privateKey)?.privateKey;
  const seed = inner && readWhole(inner, TAG.OCTET_STRING);
  return seed?.value.length === 32 ? seed.value : undefined;
}

/** The 32-byte seed of an ML-DSA PKCS#8 key in RFC 9881's seed form. */
export function mlDsaSeedOf(privateKey: Bytes): Bytes | undefined {
  const inner = parsePkcs8(privateKey)?.privateKey;
  const seed = inner && readWhole(inner, 0x80);
  return seed?.value.length === 32 ? seed.value : undefined;
}

/** RFC 8017 RSAPublicKey in an rsaEncryption SubjectPublicKeyInfo, from a PKCS#8 RSA key. */
async function rsaPairFromPrivateKey(privateKey: Bytes): Promise<KeyPair | string> {
  try {
    // WebCrypto refuses a key whose numbers do not fit together: no signature would verify.
    await globalThis.crypto.subtle.importKey(
      'pkcs8',
      privateKey,
      { name: 'RSA-PSS', hash: 'SHA-256' },
      false,
      ['sign'],
    );
  } catch {
    return 'is not a usable RSA private key';
  }
  const inner = parsePkcs8(privateKey)?.privateKey;
  const rsa = inner && readWhole(inner, TAG.SEQUENCE);
  const [, modulus, exponent] = (rsa && readChildren(rsa.value)) ?? [];
  if (modulus?.tag !== TAG.INTEGER || exponent?.tag !== TAG.INTEGER)
    return 'is not a usable RSA private key';
  const algorithm = tlv(TAG.SEQUENCE, oid(RSA_ENCRYPTION_OID), Uint8Array.of(0x05, 0x00));
  const publicKey = tlv(
    TAG.SEQUENCE,
    tlv(TAG.INTEGER, modulus.value),
    tlv(TAG.INTEGER, exponent.value),
  );
  return { publicKey: spki(algorithm, publicKey), privateKey: privateKey.slice() };
}

/**
 * The key pair of a private key a seed gives (DER PKCS#8, checked by private-key-check.ts against
 * `spec`), encoded as the mock encodes its own: EC keys with their public point, ML-DSA keys in
 * the seed form. A message instead when it is not a PKCS#8 key of `spec` or cannot be used (an EC
 * scalar outside the curve's order, RSA numbers that do not fit together).
 */
export async function keyPairFromPrivateKey(
  spec: AsymmetricKeySpec,
  privateKey: Bytes,
): Promise<KeyPair | string> {
  const problem = privateKeyProblem(spec, privateKey);
  if (problem) return problem;
  if (isRsaSpec(spec)) return rsaPairFromPrivateKey(privateKey);
  if (isEccSpec(spec)) {
    const scalar = ecScalarOf(privateKey);
    const size = CURVES[spec].size;
    if (!scalar || scalar.length > size) return 'has no usable EC private scalar';
    const padded = new Uint8Array(size);
    padded.set(scalar, size - scalar.length);
    try {
      return await ecKeyPairFromScalar(spec, padded);
    } catch {
      return `has a private scalar outside the order of the ${spec} curve`;
    }
  }
  if (isMlDsaSpec(spec)) {
    const inner = parsePkcs8(privateKey)?.privateKey;
    const seed = inner && mlDsaSeed(inner);
    return seed ? mlDsaKeyPairFromSeed(spec, seed) : 'has no 32-byte ML-DSA seed';
  }
  const seed = ed25519SeedOf(privateKey);
  return seed ? ed25519KeyPairFromSeed(seed) : 'has no 32-byte Ed25519 seed';
}
