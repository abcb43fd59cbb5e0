/**
 * The little DER (ITU-T X.690) this package writes and reads: the SubjectPublicKeyInfo (RFC 5280
 * §4.1) and PKCS#8 (RFC 5208) wrappers of the key pairs WebCrypto cannot export (secp256k1,
 * Ed25519, ML-DSA), and the fields of RSA and EC private keys the digest-mode signers need.
 * Browser-safe: no node built-ins.
 */
import { concatBytes, type Bytes } from './bytes.js';

export const TAG = {
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  OID: 0x06,
  SEQUENCE: 0x30,
} as const;

function encodeLength(length: number): Bytes {
  if (length < 0x80) return Uint8Array.of(length);
  const bytes: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) bytes.unshift(n % 256);
  return Uint8Array.of(0x80 | bytes.length, ...bytes);
}

/** One tag-length-value. */
export function tlv(tag: number, ...content: readonly Uint8Array[]): Bytes {
  const body = concatBytes(...content);
  return concatBytes(Uint8Array.of(tag), encodeLength(body.length), body);
}

/** An OBJECT IDENTIFIER from its dotted form. */
export function oid(dotted: string): Bytes {
  const arcs = dotted.split('.').map(Number);
  const [first = 0, second = 0, ...rest] = arcs;
  const out: number[] = [first * 40 + second];
  for (const arc of rest) {
    const chunk: number[] = [arc & 0x7f];
    for (let n = Math.floor(arc / 128); n > 0; n = Math.floor(n / 128))
      chunk.unshift(0x80 | (n & 0x7f));
    out.push(...chunk);
  }
  return tlv(TAG.OID, Uint8Array.from(out));
}

/** A BIT STRING with no unused bits. */
export function bitString(bytes: Uint8Array): Bytes {
  return tlv(TAG.BIT_STRING, Uint8Array.of(0), bytes);
}

/** SubjectPublicKeyInfo: the algorithm identifier (already encoded) and the key bytes. */
export function spki(algorithm: Uint8Array, publicKey: Uint8Array): Bytes {
  return tlv(TAG.SEQUENCE, algorithm, bitString(publicKey));
}

/** PKCS#8 PrivateKeyInfo v0: the algorithm identifier and the private key's own encoding. */
export function pkcs8(algorithm: Uint8Array, privateKey: Uint8Array): Bytes {
  return tlv(
    TAG.SEQUENCE,
    tlv(TAG.INTEGER, Uint8Array.of(0)),
    algorithm,
    tlv(TAG.OCTET_STRING, privateKey),
  );
}

export interface Element {
  tag: number;
  /** The content octets. */
  value: Bytes;
  /** Offset just past this element. */
  end: number;
}

/** Reads one element at `at`; undefined when the bytes are not DER this reader understands. */
export function readElement(bytes: Bytes, at = 0): Element | undefined {
  const tag = bytes[at];
  let lengthByte = bytes[at + 1];
  if (tag === undefined || lengthByte === undefined) return undefined;
  let start = at + 2;
  let length = lengthByte;
  if (lengthByte & 0x80) {
    const count = lengthByte & 0x7f;
    if (count === 0 || count > 4) return undefined;
    length = 0;
    for (let i = 0; i < count; i++) {
      lengthByte = bytes[start + i];
      if (lengthByte === undefined) return undefined;
      length = length * 256 + lengthByte;
    }
    start += count;
  }
  const end = start + length;
  if (end > bytes.length) return undefined;
  return { tag, value: bytes.subarray(start, end), end };
}

/** The elements inside a constructed value, in order; undefined when one is malformed. */
export function readChildren(value: Bytes): Element[] | undefined {
  const out: Element[] = [];
  for (let at = 0; at < value.length;) {
    const element = readElement(value, at);
    if (!element) return undefined;
    out.push(element);
    at = element.end;
  }
  return out;
}

/** A whole DER value that must be one element of `tag` spanning all the bytes. */
export function readWhole(bytes: Bytes, tag: number): Element | undefined {
  const element = readElement(bytes);
  return element && element.tag === tag && element.end === bytes.length ? element : undefined;
}

/** An unsigned big-endian INTEGER's value. */
export function integerValue(element: Element | undefined): bigint | undefined {
  if (!element || element.tag !== TAG.INTEGER || element.value.length === 0) return undefined;
  let n = 0n;
  for (const b of element.value) n = (n << 8n) | BigInt(b);
  return n;
}

/**
 * The parts of a SubjectPublicKeyInfo: the algorithm OID's content octets, the parameters element
 * (if any) and the public key bytes.
 */
export function parseSpki(
  der: Bytes,
): { algorithm: Bytes; parameters?: Element; publicKey: Bytes } | undefined {
  const outer = readWhole(der, TAG.SEQUENCE);
  const [algorithmId, key] = (outer && readChildren(outer.value)) ?? [];
  if (algorithmId?.tag !== TAG.SEQUENCE || key?.tag !== TAG.BIT_STRING) return undefined;
  const [algorithm, parameters] = readChildren(algorithmId.value) ?? [];
  if (algorithm?.tag !== TAG.OID || key.value[0] !== 0) return undefined;
  return {
    algorithm: algorithm.value,
    ...(parameters ? { parameters } : {}),
    publicKey: key.value.subarray(1),
  };
}

/** The private key octets inside a PKCS#8 PrivateKeyInfo, with its algorithm OID content. */
export function parsePkcs8(der: Bytes): { algorithm: Bytes; privateKey: Bytes } | undefined {
  const outer = readWhole(der, TAG.SEQUENCE);
  const [version, algorithmId, key] = (outer && readChildren(outer.value)) ?? [];
  if (version?.tag !== TAG.INTEGER || algorithmId?.tag !== TAG.SEQUENCE) return undefined;
  if (key?.tag !== TAG.OCTET_STRING) return undefined;
  const [algorithm] = readChildren(algorithmId.value) ?? [];
  if (algorithm?.tag !== TAG.OID) return undefined;
  return { algorithm: algorithm.value, privateKey: key.value };
}
