/**
 * RSA signatures over a caller's digest (KMS MessageType DIGEST): WebCrypto and node:crypto only
 * sign messages they hash themselves, so the RFC 8017 encodings (EMSA-PSS §9.1 with MGF1 and a
 * salt as long as the digest, EMSA-PKCS1-v1_5 §9.2) are applied here and the RSA primitive
 * (RSASP1 with the CRT, RSAVP1) runs on BigInt. Signatures made here verify with any RSA
 * implementation as signatures of the message whose digest was given (test/crypto).
 */
import { bytesEqual, concatBytes, type Bytes } from './bytes.js';
import { integerValue, parsePkcs8, parseSpki, readChildren, readWhole, TAG } from './der.js';
import type { Hash } from './hashes.js';
import { randomBytes } from './random.js';

interface RsaPublic {
  n: bigint;
  e: bigint;
}
interface RsaPrivate extends RsaPublic {
  p: bigint;
  q: bigint;
  dp: bigint;
  dq: bigint;
  qi: bigint;
}

export type RsaPadding = 'PSS' | 'PKCS1_V1_5';

/** The DER DigestInfo prefixes of RFC 8017 §9.2 note 1. */
const DIGEST_INFO: Readonly<Partial<Record<Hash['name'], string>>> = {
  'SHA-256': '3031300d060960864801650304020105000420',
  'SHA-384': '3041300d060960864801650304020205000430',
  'SHA-512': '3051300d060960864801650304020305000440',
};

function hexBytes(hex: string): Bytes {
  return Uint8Array.from(hex.match(/../g) ?? [], (h) => Number.parseInt(h, 16));
}

function toBigInt(bytes: Uint8Array): bigint {
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  return n;
}

function toBytes(n: bigint, length: number): Bytes {
  const out = new Uint8Array(length);
  for (let i = length - 1; i >= 0; i--) {
    out[i] = Number(n & 0xffn);
    n >>= 8n;
  }
  return out;
}

function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  base %= modulus;
  for (let e = exponent; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * base) % modulus;
    base = (base * base) % modulus;
  }
  return result;
}

function bitLength(n: bigint): number {
  return n.toString(2).length;
}

function publicKeyOf(spkiDer: Bytes): RsaPublic | undefined {
  const parsed = parseSpki(spkiDer);
  const key = parsed && readWhole(parsed.publicKey, TAG.SEQUENCE);
  const [n, e] = (key && readChildren(key.value)) ?? [];
  const nv = integerValue(n);
  const ev = integerValue(e);
  return nv && ev ? { n: nv, e: ev } : undefined;
}

function privateKeyOf(pkcs8Der: Bytes): RsaPrivate | undefined {
  const inner = parsePkcs8(pkcs8Der)?.privateKey;
  const key = inner && readWhole(inner, TAG.SEQUENCE);
  const values = ((key && readChildren(key.value)) ?? []).map(integerValue);
  const [, n, e, , p, q, dp, dq, qi] = values;
  if (!n || !e || !p || !q || !dp || !dq || !qi) return undefined;
  return { n, e, p, q, dp, dq, qi };
}

function mgf1(hash: Hash, seed: Uint8Array, length: number): Bytes {
  const parts: Uint8Array[] = [];
  for (let counter = 0, have = 0; have < length; counter++, have += hash.size) {
    parts.push(hash.digest(concatBytes(seed, toBytes(BigInt(counter), 4))));
  }
  return concatBytes(...parts).slice(0, length);
}

/** EMSA-PSS-ENCODE (RFC 8017 §9.1.1), salt length = digest length. */
function pssEncode(hash: Hash, digest: Uint8Array, emBits: number): Bytes {
  const emLen = Math.ceil(emBits / 8);
  const salt = randomBytes(hash.size);
  const h = hash.digest(concatBytes(new Uint8Array(8), digest, salt));
  const db = concatBytes(new Uint8Array(emLen - 2 * hash.size - 2), Uint8Array.of(1), salt);
  const mask = mgf1(hash, h, db.length);
  for (let i = 0; i < db.length; i++) db[i] = (db[i] ?? 0) ^ (mask[i] ?? 0);
  db[0] = (db[0] ?? 0) & (0xff >> (8 * emLen - emBits));
  return concatBytes(db, h, Uint8Array.of(0xbc));
}

/** EMSA-PSS-VERIFY (RFC 8017 §9.1.2), salt length = digest length. */
function pssVerify(hash: Hash, digest: Uint8Array, em: Uint8Array, emBits: number): boolean {
  const emLen = Math.ceil(emBits / 8);
  if (em.length !== emLen || em[emLen - 1] !== 0xbc || emLen < 2 * hash.size + 2) return false;
  const db = em.slice(0, emLen - hash.size - 1);
  const h = em.subarray(emLen - hash.size - 1, emLen - 1);
  const topBits = 0xff >> (8 * emLen - emBits);
  if (((db[0] ?? 0) & ~topBits) !== 0) return false;
  const mask = mgf1(hash, h, db.length);
  for (let i = 0; i < db.length; i++) db[i] = (db[i] ?? 0) ^ (mask[i] ?? 0);
  db[0] = (db[0] ?? 0) & topBits;
  const padLength = emLen - 2 * hash.size - 2;
  if (db.subarray(0, padLength).some((b) => b !== 0) || db[padLength] !== 1) return false;
  const salt = db.subarray(padLength + 1);
  return bytesEqual(h, hash.digest(concatBytes(new Uint8Array(8), digest, salt)));
}

/** EMSA-PKCS1-v1_5-ENCODE (RFC 8017 §9.2). */
function pkcs1Encode(hash: Hash, digest: Uint8Array, emLen: number): Bytes {
  const t = concatBytes(hexBytes(DIGEST_INFO[hash.name] ?? ''), digest);
  const ps = new Uint8Array(emLen - t.length - 3).fill(0xff);
  return concatBytes(Uint8Array.of(0, 1), ps, Uint8Array.of(0), t);
}

/**
 * Signs a digest with an RSA PKCS#8 private key.
 *
 * @throws Error when the key is not an RSA private key or the digest is not of `hash`'s length.
 */
export function signRsaDigest(
  padding: RsaPadding,
  hash: Hash,
  privateKey: Bytes,
  digest: Uint8Array,
): Bytes {
  const key = privateKeyOf(privateKey);
  if (!key) throw new Error('not an RSA private key');
  if (digest.length !== hash.size) throw new Error('digest length does not match the hash');
  const modBits = bitLength(key.n);
  const k = Math.ceil(modBits / 8);
  const em =
    padding === 'PSS' ? pssEncode(hash, digest, modBits - 1) : pkcs1Encode(hash, digest, k);
  const m = toBigInt(em);
  // RSASP1 with the Chinese remainder theorem (RFC 8017 §5.2.1, case 2.b).
  const m1 = modPow(m, key.dp, key.p);
  const m2 = modPow(m, key.dq, key.q);
  const h = (((((m1 - m2) % key.p) + key.p) % key.p) * key.qi) % key.p;
  const s = m2 + key.q * h;
  if (modPow(s, key.e, key.n) !== m) throw new Error('RSA signature self-check failed');
  return toBytes(s, k);
}

/** Verifies an RSA signature over a digest with a SubjectPublicKeyInfo; false on any malformation. */
export function verifyRsaDigest(
  padding: RsaPadding,
  hash: Hash,
  publicKey: Bytes,
  digest: Uint8Array,
  signature: Uint8Array,
): boolean {
  const key = publicKeyOf(publicKey);
  if (!key || digest.length !== hash.size) return false;
  const modBits = bitLength(key.n);
  const k = Math.ceil(modBits / 8);
  if (signature.length !== k) return false;
  const s = toBigInt(signature);
  if (s >= key.n) return false;
  const m = modPow(s, key.e, key.n);
  if (padding === 'PKCS1_V1_5') return bytesEqual(toBytes(m, k), pkcs1Encode(hash, digest, k));
  const emLen = Math.ceil((modBits - 1) / 8);
  if (m >> BigInt(emLen * 8) !== 0n) return false;
  return pssVerify(hash, digest, toBytes(m, emLen), modBits - 1);
}
