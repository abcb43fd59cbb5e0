/**
 * DeriveSharedSecret: ECDH (NIST SP 800-56A §5.7.1.2, the x-coordinate of the shared point) on
 * P-256/P-384/P-521 through WebCrypto, between a KMS private key and a caller's public key in DER
 * SubjectPublicKeyInfo form.
 */
import type { Bytes } from './bytes.js';
import { importDerKey } from './imported-keys.js';
import { CURVES, type EccKeySpec } from './key-pair-specs.js';

/**
 * The shared secret (the curve's field size in bytes), or undefined when `peerPublicKey` is not a
 * public key on the same curve (KMS: ValidationException).
 */
export async function deriveSharedSecret(
  spec: EccKeySpec,
  privateKey: Uint8Array,
  peerPublicKey: Uint8Array,
): Promise<Bytes | undefined> {
  const curve = CURVES[spec];
  const namedCurve = curve.webCrypto;
  if (namedCurve === undefined) return undefined;
  let peer: CryptoKey;
  try {
    peer = await importDerKey('spki', peerPublicKey, { name: 'ECDH', namedCurve }, []);
  } catch {
    return undefined;
  }
  const own = await importDerKey('pkcs8', privateKey, { name: 'ECDH', namedCurve }, ['deriveBits']);
  const bits = await globalThis.crypto.subtle.deriveBits(
    { name: 'ECDH', public: peer },
    own,
    curve.size * 8,
  );
  return new Uint8Array(bits);
}
