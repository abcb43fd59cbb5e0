/**
 * Importing key material (KMS ImportKeyMaterial): unwrapping what a caller encrypted under the
 * RSA wrapping key of GetParametersForImport, and checking that the result is key material of the
 * KMS key's spec.
 *
 * Wrapping algorithms (AWS KMS Developer Guide, "Select a wrapping algorithm"):
 * - RSAES_OAEP_SHA_1 / RSAES_OAEP_SHA_256: the material itself, RSAES-OAEP encrypted.
 * - RSA_AES_KEY_WRAP_SHA_1 / _SHA_256: an ephemeral AES key, RSAES-OAEP encrypted (exactly the
 *   modulus length), followed by the material wrapped under it with AES Key Wrap with Padding
 *   (RFC 5649), from @noble/ciphers (WebCrypto's AES-KW is RFC 3394 only).
 */
import { asBytes, bytesEqual, type Bytes } from './bytes.js';
import { oid, readChildren, readWhole, TAG } from './der.js';
import {
  CURVES,
  EC_PUBLIC_KEY_OID,
  ED25519_OID,
  ML_DSA,
  RSA_BITS,
  RSA_ENCRYPTION_OID,
  isEccSpec,
  isMlDsaSpec,
  isRsaSpec,
  type AsymmetricKeySpec,
} from './key-pair-specs.js';
import {
  ecKeyPairFromScalar,
  ecScalarOf,
  ed25519KeyPairFromSeed,
  ed25519SeedOf,
  mlDsaKeyPairFromSeed,
  mlDsaSeedOf,
  type KeyPair,
} from './key-pairs.js';
import { oaepDecrypt } from './rsa-oaep.js';
import { OAEP_OF, type WrappingAlgorithm, type WrappingKeySpec } from './wrapping.js';

/**
 * The key material inside `wrapped`, or undefined when it does not unwrap with this wrapping key
 * and algorithm (KMS: InvalidCiphertextException, model `InvalidCiphertextException`).
 */
export async function unwrapKeyMaterial(
  algorithm: WrappingAlgorithm,
  wrappingSpec: WrappingKeySpec,
  wrappingPrivateKey: Uint8Array,
  wrapped: Uint8Array,
): Promise<Bytes | undefined> {
  const oaep = OAEP_OF[algorithm];
  if (algorithm === oaep) return oaepDecrypt(oaep, wrappingPrivateKey, wrapped);
  const split = RSA_BITS[wrappingSpec] / 8;
  if (wrapped.length <= split) return undefined;
  const aesKey = await oaepDecrypt(oaep, wrappingPrivateKey, wrapped.subarray(0, split));
  if (aesKey === undefined || ![16, 24, 32].includes(aesKey.length)) return undefined;
  const { aeskwp } = await import('@noble/ciphers/aes.js');
  try {
    return asBytes(aeskwp(aesKey).decrypt(wrapped.subarray(split)));
  } catch {
    return undefined;
  }
}

const oidContent = (dotted: string): Bytes => oid(dotted).subarray(2);

/** The AlgorithmIdentifier of a PKCS#8 key: its OID content and parameters element, if any. */
function pkcs8Algorithm(der: Bytes): { algorithm: Bytes; parameters?: Bytes } | undefined {
  const outer = readWhole(der, TAG.SEQUENCE);
  const [version, algorithmId] = (outer && readChildren(outer.value)) ?? [];
  if (version?.tag !== TAG.INTEGER || algorithmId?.tag !== TAG.SEQUENCE) return undefined;
  const [algorithm, parameters] = readChildren(algorithmId.value) ?? [];
  if (algorithm?.tag !== TAG.OID) return undefined;
  return {
    algorithm: algorithm.value,
    ...(parameters?.tag === TAG.OID ? { parameters: parameters.value } : {}),
  };
}

/** An RSA PKCS#8 key of exactly `bits`, re-encoded by WebCrypto with its SubjectPublicKeyInfo. */
async function rsaPairOf(der: Bytes, bits: number): Promise<KeyPair | undefined> {
  const subtle = globalThis.crypto.subtle;
  const params = { name: 'RSA-PSS', hash: 'SHA-256' };
  try {
    const key = await subtle.importKey('pkcs8', asBytes(der), params, true, ['sign']);
    if ((key.algorithm as RsaHashedKeyAlgorithm).modulusLength !== bits) return undefined;
    const jwk = await subtle.exportKey('jwk', key);
    if (jwk.n === undefined || jwk.e === undefined) return undefined;
    const publicJwk: JsonWebKey = { kty: 'RSA', n: jwk.n, e: jwk.e };
    const publicKey = await subtle.importKey('jwk', publicJwk, params, true, ['verify']);
    return {
      publicKey: new Uint8Array(await subtle.exportKey('spki', publicKey)),
      privateKey: new Uint8Array(await subtle.exportKey('pkcs8', key)),
    };
  } catch {
    return undefined;
  }
}

/**
 * The key pair of an imported private key (DER PKCS#8, as KMS takes asymmetric key material), in
 * the encodings GetPublicKey and the signing code use; undefined when it is not a valid key of
 * `spec` (another family, another curve, another RSA size, a malformed encoding).
 */
export async function keyPairFromPrivateKey(
  spec: AsymmetricKeySpec,
  der: Bytes,
): Promise<KeyPair | undefined> {
  const algorithm = pkcs8Algorithm(der);
  if (!algorithm) return undefined;
  const is = (dotted: string, value: Bytes | undefined) =>
    value !== undefined && bytesEqual(value, oidContent(dotted));
  try {
    if (isRsaSpec(spec)) {
      return is(RSA_ENCRYPTION_OID, algorithm.algorithm)
        ? rsaPairOf(der, RSA_BITS[spec])
        : undefined;
    }
    if (isEccSpec(spec)) {
      const scalar = ecScalarOf(der);
      const onCurve =
        is(EC_PUBLIC_KEY_OID, algorithm.algorithm) && is(CURVES[spec].oid, algorithm.parameters);
      if (!onCurve || scalar?.length !== CURVES[spec].size) return undefined;
      return await ecKeyPairFromScalar(spec, scalar);
    }
    if (isMlDsaSpec(spec)) {
      const seed = mlDsaSeedOf(der);
      if (!is(ML_DSA[spec].oid, algorithm.algorithm) || !seed) return undefined;
      return await mlDsaKeyPairFromSeed(spec, seed);
    }
    const seed = ed25519SeedOf(der);
    if (!is(ED25519_OID, algorithm.algorithm) || !seed) return undefined;
    return await ed25519KeyPairFromSeed(seed);
  } catch {
    // A scalar out of range (zero, or at least the group order) does not make a key.
    return undefined;
  }
}
