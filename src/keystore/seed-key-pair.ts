/**
 * The key pair of a seed key's `privateKey` text. Loaded only when a seed has one, with the
 * key-pair code it needs (a page that seeds no asymmetric key never downloads either).
 */
import { decodeBase64 } from '../codec/base64.js';
import type { Bytes } from '../crypto/bytes.js';
import { bytesEqual } from '../crypto/bytes.js';
import { isAsymmetricSpec } from '../crypto/key-pair-specs.js';
import { keyPairFromPrivateKey, type KeyPair } from '../crypto/key-pairs.js';
import type { SeedKey } from './seed.js';
import type { KeyRecord } from './types.js';

const PEM = /^-----BEGIN PRIVATE KEY-----\s+([A-Za-z0-9+/=\s]+?)\s*-----END PRIVATE KEY-----$/;

/**
 * The DER bytes of a PKCS#8 private key written as PEM (`-----BEGIN PRIVATE KEY-----`) or as
 * base64 of the DER; a message saying what is wrong otherwise.
 */
function privateKeyDer(text: string): Bytes | string {
  const trimmed = text.trim();
  if (/^-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(trimmed) && !PEM.test(trimmed))
    return /ENCRYPTED/.test(trimmed)
      ? 'must be an unencrypted PKCS#8 key (openssl pkcs8 -topk8 -nocrypt)'
      : 'must be PKCS#8 PEM (-----BEGIN PRIVATE KEY-----), not a traditional key: convert it with openssl pkcs8 -topk8 -nocrypt';
  const body = PEM.exec(trimmed)?.[1]?.replace(/\s+/g, '') ?? trimmed;
  const der = decodeBase64(body);
  return der && der.length > 0
    ? der
    : 'must be a PKCS#8 private key: PEM (-----BEGIN PRIVATE KEY-----) or standard padded base64 of the DER';
}

/**
 * The key pair of a seed key's `privateKey`, or a message saying why it is not a private key of
 * the key's spec, or not the one of the key already `stored` under that id.
 */
export async function seedKeyPair(
  key: SeedKey,
  stored: KeyRecord | undefined,
): Promise<KeyPair | string> {
  const der = privateKeyDer(key.privateKey ?? '');
  if (typeof der === 'string' || !isAsymmetricSpec(key.keySpec)) return String(der);
  const made = await keyPairFromPrivateKey(key.keySpec, der);
  if (typeof made === 'string' || !stored) return made;
  return stored.keyPair && bytesEqual(stored.keyPair.publicKey, made.publicKey)
    ? made
    : `key ${key.id} already exists in the store with a different key pair`;
}
