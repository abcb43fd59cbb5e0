/**
 * Sign and Verify for every KMS signing algorithm and MessageType, over DER keys (PKCS#8 private,
 * SubjectPublicKeyInfo public). Signatures are what KMS returns: RSA as the raw integer, ECDSA as
 * DER `Ecdsa-Sig-Value` (RFC 3279 §2.2.3), Ed25519 as R||S (RFC 8032), ML-DSA as FIPS 204 bytes.
 *
 * Where each comes from:
 * - RSASSA-PSS (salt = digest length, MGF1 with the same hash) and RSASSA-PKCS1-v1_5 over a RAW
 *   message: WebCrypto. Over a DIGEST: rsa-digest.ts (RFC 8017 encodings, BigInt RSA).
 * - ECDSA on P-256/P-384/P-521 over a RAW message: WebCrypto. Over a DIGEST, and secp256k1
 *   always: @noble/curves. Signatures are not low-S normalized, as KMS's are not.
 * - ED25519_SHA_512 (pure Ed25519, RAW only) and ED25519_PH_SHA_512 (Ed25519ph, RFC 8032 §5.1,
 *   DIGEST only): @noble/curves. KMS still applies Ed25519ph's own SHA-512 prehash to the digest
 *   it is given, so the caller's digest is the Ed25519ph message (model: SignRequest.MessageType,
 *   "the input is hashed twice").
 * - ML_DSA_SHAKE_256 (pure ML-DSA with an empty context, or a caller's 64-byte mu): @noble/post-quantum.
 */
import { asBytes, type Bytes } from './bytes.js';
import { parseSpki } from './der.js';
import { HASHES, type Hash } from './hashes.js';
import { importDerKey } from './imported-keys.js';
import { CURVES, isEccSpec, isMlDsaSpec, type EccKeySpec } from './key-pair-specs.js';
import { ecScalarOf, ed25519SeedOf, mlDsaSeedOf } from './key-pairs.js';
import { ed25519Schemes, mlDsa, nobleCurve } from './noble.js';
import { signRsaDigest, verifyRsaDigest } from './rsa-digest.js';
import {
  messageProblem,
  SIGNING_ALGORITHMS,
  signingAlgorithmsOf,
  type MessageType,
  type SigningAlgorithm,
} from './signing-algorithms.js';

export interface SignInput {
  keySpec: string;
  algorithm: SigningAlgorithm;
  messageType: MessageType;
  message: Uint8Array;
}

/** Thrown for a request KMS refuses (algorithm not for this key, message of the wrong shape). */
export class SigningInputError extends Error {
  override name = 'SigningInputError';
}

function checkInput({ keySpec, algorithm, messageType, message }: SignInput): void {
  if (!signingAlgorithmsOf(keySpec).includes(algorithm)) {
    throw new SigningInputError(`Algorithm ${algorithm} is incompatible with key spec ${keySpec}.`);
  }
  const problem = messageProblem(algorithm, messageType, message.length);
  if (problem) throw new SigningInputError(problem);
}

function hashOf(algorithm: SigningAlgorithm): Hash {
  const name = SIGNING_ALGORITHMS[algorithm].hash;
  if (!name) throw new Error(`${algorithm} has no hash`);
  return HASHES[name];
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`not a valid ${what}`);
  return value;
}

function rsaParams(algorithm: SigningAlgorithm): {
  name: string;
  hash: string;
  saltLength?: number;
} {
  const hash = hashOf(algorithm);
  return SIGNING_ALGORITHMS[algorithm].family === 'RSA_PSS'
    ? { name: 'RSA-PSS', hash: hash.name, saltLength: hash.size }
    : { name: 'RSASSA-PKCS1-v1_5', hash: hash.name };
}

function ecDigest(input: SignInput, hash: Hash): Uint8Array {
  return input.messageType === 'DIGEST' ? input.message : hash.digest(input.message);
}

async function signEcdsa(spec: EccKeySpec, privateKey: Bytes, input: SignInput): Promise<Bytes> {
  const curve = CURVES[spec];
  const noble = await nobleCurve(spec);
  const hash = hashOf(input.algorithm);
  if (curve.webCrypto && input.messageType === 'RAW') {
    const key = await importDerKey(
      'pkcs8',
      privateKey,
      { name: 'ECDSA', namedCurve: curve.webCrypto },
      ['sign'],
    );
    const params = { name: 'ECDSA', hash: hash.name };
    const p1363 = new Uint8Array(
      await globalThis.crypto.subtle.sign(params, key, asBytes(input.message)),
    );
    return asBytes(noble.Signature.fromBytes(p1363, 'compact').toBytes('der'));
  }
  const scalar = required(ecScalarOf(privateKey), 'EC private key');
  const der = noble.sign(ecDigest(input, hash), scalar, {
    prehash: false,
    lowS: false,
    format: 'der',
  });
  return asBytes(der);
}

/**
 * Signs as KMS Sign does.
 *
 * @throws SigningInputError for what KMS refuses with ValidationException or
 *   InvalidKeyUsageException (the message says which); Error for a private key that is not of `keySpec`.
 */
export async function sign(privateKey: Bytes, input: SignInput): Promise<Bytes> {
  checkInput(input);
  const { keySpec, algorithm, messageType, message } = input;
  const family = SIGNING_ALGORITHMS[algorithm].family;
  if (family === 'RSA_PSS' || family === 'RSA_PKCS1') {
    if (messageType === 'DIGEST') {
      return signRsaDigest(
        family === 'RSA_PSS' ? 'PSS' : 'PKCS1_V1_5',
        hashOf(algorithm),
        privateKey,
        message,
      );
    }
    const params = rsaParams(algorithm);
    const key = await importDerKey('pkcs8', privateKey, { name: params.name, hash: params.hash }, [
      'sign',
    ]);
    return new Uint8Array(await globalThis.crypto.subtle.sign(params, key, asBytes(message)));
  }
  if (family === 'ECDSA' && isEccSpec(keySpec)) return signEcdsa(keySpec, privateKey, input);
  if (family === 'ED25519') {
    const { pure } = await ed25519Schemes();
    return asBytes(pure.sign(message, required(ed25519SeedOf(privateKey), 'Ed25519 key')));
  }
  if (family === 'ED25519_PH') {
    const { prehashed } = await ed25519Schemes();
    return asBytes(prehashed.sign(message, required(ed25519SeedOf(privateKey), 'Ed25519 key')));
  }
  if (family === 'ML_DSA' && isMlDsaSpec(keySpec)) {
    const scheme = await mlDsa(keySpec);
    const { secretKey } = scheme.keygen(required(mlDsaSeedOf(privateKey), 'ML-DSA key'));
    return asBytes(
      messageType === 'EXTERNAL_MU'
        ? scheme.internal.sign(message, secretKey, { externalMu: true })
        : scheme.sign(message, secretKey),
    );
  }
  throw new Error(`${algorithm} cannot sign with ${keySpec}`);
}

async function verifyEcdsa(
  spec: EccKeySpec,
  publicKey: Bytes,
  input: SignInput,
  signature: Uint8Array,
): Promise<boolean> {
  const curve = CURVES[spec];
  const hash = hashOf(input.algorithm);
  const noble = await nobleCurve(spec);
  let compact: Uint8Array;
  try {
    compact = noble.Signature.fromBytes(signature, 'der').toBytes('compact');
  } catch {
    return false;
  }
  if (curve.webCrypto && input.messageType === 'RAW') {
    const key = await importDerKey(
      'spki',
      publicKey,
      { name: 'ECDSA', namedCurve: curve.webCrypto },
      ['verify'],
    );
    const params = { name: 'ECDSA', hash: hash.name };
    return globalThis.crypto.subtle.verify(params, key, asBytes(compact), asBytes(input.message));
  }
  const point = required(parseSpki(publicKey), 'EC public key').publicKey;
  return noble.verify(compact, ecDigest(input, hash), point, { prehash: false, lowS: false });
}

/**
 * Verifies as KMS Verify does: true or false for a well-formed request, whatever the signature
 * bytes are.
 *
 * @throws SigningInputError as {@link sign}.
 */
export async function verify(
  publicKey: Bytes,
  input: SignInput,
  signature: Uint8Array,
): Promise<boolean> {
  checkInput(input);
  const { keySpec, algorithm, messageType, message } = input;
  const family = SIGNING_ALGORITHMS[algorithm].family;
  try {
    if (family === 'RSA_PSS' || family === 'RSA_PKCS1') {
      const padding = family === 'RSA_PSS' ? 'PSS' : 'PKCS1_V1_5';
      const digest = messageType === 'DIGEST' ? message : hashOf(algorithm).digest(message);
      if (messageType === 'DIGEST')
        return verifyRsaDigest(padding, hashOf(algorithm), publicKey, digest, signature);
      const params = rsaParams(algorithm);
      const key = await importDerKey('spki', publicKey, { name: params.name, hash: params.hash }, [
        'verify',
      ]);
      return await globalThis.crypto.subtle.verify(
        params,
        key,
        asBytes(signature),
        asBytes(message),
      );
    }
    if (family === 'ECDSA' && isEccSpec(keySpec))
      return await verifyEcdsa(keySpec, publicKey, input, signature);
    const point = required(parseSpki(publicKey), 'public key').publicKey;
    const { pure, prehashed } = await ed25519Schemes();
    if (family === 'ED25519') return pure.verify(signature, message, point, { zip215: false });
    if (family === 'ED25519_PH')
      return prehashed.verify(signature, message, point, { zip215: false });
    if (family === 'ML_DSA' && isMlDsaSpec(keySpec)) {
      const scheme = await mlDsa(keySpec);
      return messageType === 'EXTERNAL_MU'
        ? scheme.internal.verify(signature, message, point, { externalMu: true })
        : scheme.verify(signature, message, point);
    }
  } catch {
    // A signature of the wrong length or encoding is simply not valid.
    return false;
  }
  throw new Error(`${algorithm} cannot verify with ${keySpec}`);
}
