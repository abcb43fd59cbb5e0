/**
 * The @noble libraries, loaded on first use: together they cost about 100 ms of import time,
 * which a mock that never signs with secp256k1, Ed25519 or ML-DSA should not pay at start.
 */
import type { ECDSA } from '@noble/curves/abstract/weierstrass.js';
import type { EdDSA } from '@noble/curves/abstract/edwards.js';
import type { ml_dsa44 } from '@noble/post-quantum/ml-dsa.js';
import { CURVES, ML_DSA, type EccKeySpec, type MlDsaKeySpec } from './key-pair-specs.js';

export async function nobleCurve(spec: EccKeySpec): Promise<ECDSA> {
  const name = CURVES[spec].noble;
  if (name === 'secp256k1') return (await import('@noble/curves/secp256k1.js')).secp256k1;
  return (await import('@noble/curves/nist.js'))[name];
}

export async function mlDsa(spec: MlDsaKeySpec): Promise<typeof ml_dsa44> {
  return (await import('@noble/post-quantum/ml-dsa.js'))[ML_DSA[spec].scheme];
}

export interface Ed25519Schemes {
  /** Pure Ed25519. */
  pure: EdDSA;
  /** Ed25519ph: hashes the message with SHA-512 itself. */
  prehashed: EdDSA;
}

let ed25519Loaded: Promise<Ed25519Schemes> | undefined;

export function ed25519Schemes(): Promise<Ed25519Schemes> {
  ed25519Loaded ??= import('@noble/curves/ed25519.js').then(({ ed25519, ed25519ph }) => ({
    pure: ed25519,
    prehashed: ed25519ph,
  }));
  return ed25519Loaded;
}
