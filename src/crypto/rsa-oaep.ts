/**
 * Encrypt and Decrypt with RSA keys: RSAES-OAEP (RFC 8017 §7.1) with SHA-1 or SHA-256 for both
 * the label hash and MGF1, empty label, on WebCrypto. KMS returns the raw RSA ciphertext.
 */
import { asBytes, type Bytes } from './bytes.js';
import { DIGEST_BYTES } from './digest-lengths.js';
import { importDerKey } from './imported-keys.js';
import { RSA_BITS, type RsaKeySpec } from './key-pair-specs.js';

export type RsaEncryptionAlgorithm = 'RSAES_OAEP_SHA_1' | 'RSAES_OAEP_SHA_256';

const HASH = { RSAES_OAEP_SHA_1: 'SHA-1', RSAES_OAEP_SHA_256: 'SHA-256' } as const;

export function isRsaEncryptionAlgorithm(name: string): name is RsaEncryptionAlgorithm {
  return Object.hasOwn(HASH, name);
}

/**
 * The largest plaintext, in bytes: k - 2·hLen - 2 (RFC 8017 §7.1.1). Recorded: RSA_2048 with
 * RSAES_OAEP_SHA_1 214, with RSAES_OAEP_SHA_256 190; RSA_3072 342/318; RSA_4096 470/446
 * (TestKMS::test_encrypt_validate_plaintext_size_per_key_type).
 */
export function oaepPlaintextLimit(spec: RsaKeySpec, algorithm: RsaEncryptionAlgorithm): number {
  return RSA_BITS[spec] / 8 - 2 * DIGEST_BYTES[HASH[algorithm]] - 2;
}

/** Encrypts with a SubjectPublicKeyInfo; the caller checks the plaintext limit first. */
export async function oaepEncrypt(
  algorithm: RsaEncryptionAlgorithm,
  publicKey: Uint8Array,
  plaintext: Uint8Array,
): Promise<Bytes> {
  const key = await importDerKey('spki', publicKey, { name: 'RSA-OAEP', hash: HASH[algorithm] }, [
    'encrypt',
  ]);
  return new Uint8Array(
    await globalThis.crypto.subtle.encrypt({ name: 'RSA-OAEP' }, key, asBytes(plaintext)),
  );
}

/** Decrypts with a PKCS#8 private key; undefined when the ciphertext does not decrypt. */
export async function oaepDecrypt(
  algorithm: RsaEncryptionAlgorithm,
  privateKey: Uint8Array,
  ciphertext: Uint8Array,
): Promise<Bytes | undefined> {
  try {
    const key = await importDerKey(
      'pkcs8',
      privateKey,
      { name: 'RSA-OAEP', hash: HASH[algorithm] },
      ['decrypt'],
    );
    return new Uint8Array(
      await globalThis.crypto.subtle.decrypt({ name: 'RSA-OAEP' }, key, asBytes(ciphertext)),
    );
  } catch {
    return undefined;
  }
}
