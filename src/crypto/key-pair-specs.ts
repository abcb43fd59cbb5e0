/**
 * What the cryptography needs to know about each asymmetric KeySpec: its family, RSA modulus size
 * or curve, and the object identifiers of its DER encodings (RFC 8017, RFC 5480, RFC 8410,
 * RFC 9881). The KeySpec names are the AWS model's (`KeySpec`, `DataKeyPairSpec`).
 */

export type RsaKeySpec = 'RSA_2048' | 'RSA_3072' | 'RSA_4096';
export type EccKeySpec = 'ECC_NIST_P256' | 'ECC_NIST_P384' | 'ECC_NIST_P521' | 'ECC_SECG_P256K1';
export type MlDsaKeySpec = 'ML_DSA_44' | 'ML_DSA_65' | 'ML_DSA_87';
export type AsymmetricKeySpec = RsaKeySpec | EccKeySpec | 'ECC_NIST_EDWARDS25519' | MlDsaKeySpec;

export const RSA_BITS: Readonly<Record<RsaKeySpec, number>> = {
  RSA_2048: 2048,
  RSA_3072: 3072,
  RSA_4096: 4096,
};

export interface Curve {
  /** WebCrypto's namedCurve, where WebCrypto has the curve. */
  webCrypto?: 'P-256' | 'P-384' | 'P-521';
  /** The named curve's OID (RFC 5480 §2.1.1.1; SEC 2 for secp256k1). */
  oid: string;
  /** Bytes of a scalar or a coordinate. */
  size: number;
  /** The @noble/curves export, for what WebCrypto cannot do (prehashed digests, secp256k1). */
  noble: 'p256' | 'p384' | 'p521' | 'secp256k1';
}

export const CURVES: Readonly<Record<EccKeySpec, Curve>> = {
  ECC_NIST_P256: { webCrypto: 'P-256', oid: '1.2.840.10045.3.1.7', size: 32, noble: 'p256' },
  ECC_NIST_P384: { webCrypto: 'P-384', oid: '1.3.132.0.34', size: 48, noble: 'p384' },
  ECC_NIST_P521: { webCrypto: 'P-521', oid: '1.3.132.0.35', size: 66, noble: 'p521' },
  ECC_SECG_P256K1: { oid: '1.3.132.0.10', size: 32, noble: 'secp256k1' },
};

export const EC_PUBLIC_KEY_OID = '1.2.840.10045.2.1';
export const RSA_ENCRYPTION_OID = '1.2.840.113549.1.1.1';
export const ED25519_OID = '1.3.101.112';

export const ML_DSA: Readonly<
  Record<MlDsaKeySpec, { oid: string; scheme: 'ml_dsa44' | 'ml_dsa65' | 'ml_dsa87' }>
> = {
  ML_DSA_44: { oid: '2.16.840.1.101.3.4.3.17', scheme: 'ml_dsa44' },
  ML_DSA_65: { oid: '2.16.840.1.101.3.4.3.18', scheme: 'ml_dsa65' },
  ML_DSA_87: { oid: '2.16.840.1.101.3.4.3.19', scheme: 'ml_dsa87' },
};

export function isRsaSpec(spec: string): spec is RsaKeySpec {
  return Object.hasOwn(RSA_BITS, spec);
}

export function isEccSpec(spec: string): spec is EccKeySpec {
  return Object.hasOwn(CURVES, spec);
}

export function isMlDsaSpec(spec: string): spec is MlDsaKeySpec {
  return Object.hasOwn(ML_DSA, spec);
}

export function isAsymmetricSpec(spec: string): spec is AsymmetricKeySpec {
  return (
    isRsaSpec(spec) || isEccSpec(spec) || isMlDsaSpec(spec) || spec === 'ECC_NIST_EDWARDS25519'
  );
}
