/**
 * The @noble libraries, loaded on first use: together they cost about 100 ms of import time,
 * which a mock that never signs with secp256k1, Ed25519 or ML-DSA should not pay at start.
 */
import type { ECDSA } from '@noble/curves/abstract/weierstrass.js';
import type { EdDSA } from '@noble/curves/abstract/edwards.js';
import type { ml_dsa44 } from '@noble/post-quantum/ml-dsa.js';
import { concatBytes } from './bytes.js';
import { CURVES, ML_DSA, type EccKeySpec, type MlDsaKeySpec } from './key-pair-specs.js';

export async function nobleCurve(spec: EccKeySpec): Promise<ECDSA> {
  const name = CURVES[spec].noble;
  if (name === 'secp256k1') return (await import('@noble/curves/secp256k1.js')).secp256k1;
  return (await import('@noble/curves/nist.js'))[name];
}

export async function mlDsa(spec: MlDsaKeySpec): Promise<typeof ml_dsa44> {
  return (await import('@noble/post-quantum/ml-dsa.js'))[ML_DSA[spec].scheme];
}

/** RFC 8032 dom2 with Ed25519ph's flag and a context. */
function dom2(data: Uint8Array, context: Uint8Array, phflag: boolean): Uint8Array {
  const prefix = new TextEncoder().encode('SigEd25519 no Ed25519 collisions');
  return concatBytes(prefix, Uint8Array.of(phflag ? 1 : 0, context.length), context, data);
}

/** RFC 8032 §5.1.5 clamping of the secret scalar. */
function clamp(bytes: Uint8Array): Uint8Array {
  bytes[0] = (bytes[0] ?? 0) & 248;
  bytes[31] = ((bytes[31] ?? 0) & 127) | 64;
  return bytes;
}

export interface Ed25519Schemes {
  /** Pure Ed25519. */
  pure: EdDSA;
  /** Ed25519ph: hashes the message with SHA-512 itself. */
  prehashed: EdDSA;
  /** Ed25519ph over a SHA-512 digest the caller already made (KMS MessageType DIGEST). */
  ofDigest: EdDSA;
}

let ed25519Loaded: Promise<Ed25519Schemes> | undefined;

export function ed25519Schemes(): Promise<Ed25519Schemes> {
  ed25519Loaded ??= (async () => {
    const [{ ed25519, ed25519ph }, { eddsa }, { sha512 }] = await Promise.all([
      import('@noble/curves/ed25519.js'),
      import('@noble/curves/abstract/edwards.js'),
      import('@noble/hashes/sha2.js'),
    ]);
    const identity = Object.assign((digest: Uint8Array) => digest, {
      outputLen: 64,
      blockLen: 128,
      create: () => {
        throw new Error('not a streaming hash');
      },
    });
    const ofDigest = eddsa(ed25519.Point, sha512, {
      adjustScalarBytes: clamp,
      domain: dom2,
      prehash: identity,
    });
    return { pure: ed25519, prehashed: ed25519ph, ofDigest };
  })();
  return ed25519Loaded;
}
