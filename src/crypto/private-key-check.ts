/**
 * Private keys as a seed gives them (DER PKCS#8), checked against the KeySpec they are for:
 * structure only, before key-pairs.ts makes the key pair (`keyPairFromPrivateKey`).
 */
import type { Bytes } from './bytes.js';
import { integerValue, parsePkcs8, readChildren, readElement, readWhole, TAG } from './der.js';
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
} from './key-pair-specs.js';

/** The dotted form of an OID's content octets. */
function oidText(bytes: Uint8Array): string {
  const parts: number[] = [];
  let value = 0;
  for (const byte of bytes) {
    value = value * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) {
      parts.push(value);
      value = 0;
    }
  }
  const [first = 0, ...rest] = parts;
  const head = first < 80 ? [Math.floor(first / 40), first % 40] : [2, first - 80];
  return [...head, ...rest].join('.');
}

/** The algorithm OID and its parameters (a curve OID for EC keys) of a PKCS#8 key. */
function algorithmOf(der: Bytes): { oid: string; parameter?: string } | undefined {
  const outer = readWhole(der, TAG.SEQUENCE);
  const [, algorithmId] = (outer && readChildren(outer.value)) ?? [];
  const [algorithm, parameter] = (algorithmId && readChildren(algorithmId.value)) ?? [];
  if (algorithm?.tag !== TAG.OID) return undefined;
  return {
    oid: oidText(algorithm.value),
    ...(parameter?.tag === TAG.OID ? { parameter: oidText(parameter.value) } : {}),
  };
}

/** What a spec's PKCS#8 key must say, in words, for messages. */
function described(spec: AsymmetricKeySpec): string {
  if (isRsaSpec(spec)) return `an RSA key with a ${RSA_BITS[spec]}-bit modulus`;
  if (isEccSpec(spec)) return `an EC key on the curve ${CURVES[spec].oid}`;
  if (isMlDsaSpec(spec)) return `an ${spec.replace(/_(\d+)$/, '-$1').replace('_', '-')} key`;
  return 'an Ed25519 key';
}

/** Why `der` is not a PKCS#8 private key of `spec` (a message), or undefined when it is one. */
export function privateKeyProblem(spec: AsymmetricKeySpec, der: Bytes): string | undefined {
  const parsed = parsePkcs8(der);
  const algorithm = parsed && algorithmOf(der);
  if (!parsed || !algorithm) return 'is not a DER PKCS#8 PrivateKeyInfo';
  const mismatch = `is not ${described(spec)} (key spec ${spec})`;
  if (isRsaSpec(spec)) {
    if (algorithm.oid !== RSA_ENCRYPTION_OID) return mismatch;
    const rsa = readWhole(parsed.privateKey, TAG.SEQUENCE);
    const [, modulus] = (rsa && readChildren(rsa.value)) ?? [];
    const n = integerValue(modulus);
    return n !== undefined && n.toString(2).length === RSA_BITS[spec] ? undefined : mismatch;
  }
  if (isEccSpec(spec)) {
    if (algorithm.oid !== EC_PUBLIC_KEY_OID || algorithm.parameter !== CURVES[spec].oid)
      return mismatch;
    const ec = readWhole(parsed.privateKey, TAG.SEQUENCE);
    const [, scalar] = (ec && readChildren(ec.value)) ?? [];
    const size = CURVES[spec].size;
    return scalar?.tag === TAG.OCTET_STRING &&
      scalar.value.length > 0 &&
      scalar.value.length <= size &&
      scalar.value.some((b) => b !== 0)
      ? undefined
      : `has no private scalar of at most ${size} bytes (RFC 5915)`;
  }
  if (isMlDsaSpec(spec)) {
    if (algorithm.oid !== ML_DSA[spec].oid) return mismatch;
    return mlDsaSeed(parsed.privateKey)
      ? undefined
      : 'must carry the 32-byte ML-DSA seed (the seed or both form of RFC 9881; the expanded key alone is not enough)';
  }
  if (algorithm.oid !== ED25519_OID) return mismatch;
  const seed = readWhole(parsed.privateKey, TAG.OCTET_STRING);
  return seed?.value.length === 32 ? undefined : 'must carry a 32-byte Ed25519 seed (RFC 8410)';
}

/** The 32-byte seed of an RFC 9881 ML-DSA private key in its seed or both form. */
export function mlDsaSeed(privateKey: Bytes): Bytes | undefined {
  const first = readElement(privateKey);
  if (first?.tag === 0x80 && first.end === privateKey.length)
    return first.value.length === 32 ? first.value : undefined;
  const both = readWhole(privateKey, TAG.SEQUENCE);
  const [seed] = (both && readChildren(both.value)) ?? [];
  return seed?.tag === TAG.OCTET_STRING && seed.value.length === 32 ? seed.value : undefined;
}
