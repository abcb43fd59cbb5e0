import {
  isRsaEncryptionAlgorithm,
  isRsaSpec,
  oaepDecrypt,
  oaepEncrypt,
  oaepPlaintextLimit,
  type Bytes,
  type RsaEncryptionAlgorithm,
  type RsaKeySpec,
} from '../../crypto/index.js';
import { kmsError } from '../../errors/index.js';
import type { KeyRecord } from '../../keystore/index.js';
import type { MockContext } from '../context.js';
import { resolveKey } from '../resolve-key.js';
import { incompatibleAlgorithm, keyPairOf, usableKey } from './asymmetric-rules.js';

/** Whether a request's EncryptionAlgorithm asks for RSA (RSAES_OAEP_SHA_1 / _256). */
export function asksForRsa(algorithm: string | undefined): algorithm is RsaEncryptionAlgorithm {
  return algorithm !== undefined && isRsaEncryptionAlgorithm(algorithm);
}

/**
 * An Enabled ENCRYPT_DECRYPT RSA key and an RSAES algorithm for it. An algorithm the key spec lacks
 * (SYMMETRIC_DEFAULT on an RSA key, which is also what no algorithm means; RSAES on a symmetric
 * key) is KMS's `Algorithm <alg> is incompatible with key spec <spec>.` (recorded form:
 * TestKMS::test_invalid_generate_mac[HMAC_224-HMAC_SHA_256]).
 */
export function rsaKeyFor(
  ctx: MockContext,
  key: KeyRecord,
  algorithm: string | undefined,
  operation: string,
): { spec: RsaKeySpec; algorithm: RsaEncryptionAlgorithm } {
  usableKey(ctx, key, 'ENCRYPT_DECRYPT', operation);
  const spec = key.keySpec;
  if (!isRsaSpec(spec) || !asksForRsa(algorithm)) {
    throw incompatibleAlgorithm(algorithm ?? 'SYMMETRIC_DEFAULT', spec);
  }
  return { spec, algorithm };
}

/**
 * The standard asymmetric algorithms take no encryption context (AWS KMS API Reference, Encrypt:
 * EncryptionContext); the mock refuses one rather than drop it silently.
 */
export function refuseContext(context: Record<string, string> | undefined, member: string): void {
  if (context !== undefined && Object.keys(context).length > 0) {
    throw kmsError(
      'ValidationException',
      `${member} is not supported with asymmetric KMS keys: RSAES_OAEP algorithms take no encryption context.`,
    );
  }
}

/** RSAES-OAEP encryption with the key's public half, refusing plaintext over the recorded limit. */
export async function rsaEncrypt(
  ctx: MockContext,
  key: KeyRecord,
  use: { spec: RsaKeySpec; algorithm: RsaEncryptionAlgorithm },
  plaintext: Uint8Array,
): Promise<Bytes> {
  const limit = oaepPlaintextLimit(use.spec, use.algorithm);
  if (plaintext.length > limit) {
    // recorded: TestKMS::test_encrypt_validate_plaintext_size_per_key_type[RSA_2048-RSAES_OAEP_SHA_1]
    throw kmsError(
      'ValidationException',
      `Algorithm ${use.algorithm} and key spec ${use.spec} cannot encrypt data larger than ${limit} bytes.`,
    );
  }
  return oaepEncrypt(use.algorithm, (await keyPairOf(ctx, key)).publicKey, plaintext);
}

/** RSAES-OAEP decryption; a ciphertext that does not open is InvalidCiphertextException. */
export async function rsaDecrypt(
  ctx: MockContext,
  key: KeyRecord,
  algorithm: RsaEncryptionAlgorithm,
  ciphertext: Uint8Array,
): Promise<Bytes> {
  const plaintext = await oaepDecrypt(
    algorithm,
    (await keyPairOf(ctx, key)).privateKey,
    ciphertext,
  );
  if (!plaintext) throw kmsError('InvalidCiphertextException');
  return plaintext;
}

/** The key an RSA Decrypt names; asymmetric ciphertext carries no key id, so KeyId is required. */
export async function rsaDecryptionKey(
  ctx: MockContext,
  keyId: string | undefined,
  algorithm: RsaEncryptionAlgorithm,
  operation: string,
  member = 'KeyId',
): Promise<KeyRecord> {
  if (keyId === undefined) {
    throw kmsError(
      'ValidationException',
      `${member} is required when the encryption algorithm is ${algorithm}: asymmetric ciphertext does not name its key.`,
    );
  }
  const key = await resolveKey(ctx, keyId, { allowAlias: true });
  rsaKeyFor(ctx, key, algorithm, operation);
  return key;
}
