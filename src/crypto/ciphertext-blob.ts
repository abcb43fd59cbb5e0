/**
 * Our own self-describing ciphertext blob (docs/decisions/001-ciphertext-blob-format.md).
 * AWS's layout is undocumented and may change (evidence `docs.blob-opaque`), so we do not imitate it.
 *
 * | offset  | size | field                                         |
 * | ------- | ---- | --------------------------------------------- |
 * | 0       | 2    | magic `6b 63` ("kc")                          |
 * | 2       | 1    | format version, `01`                          |
 * | 3       | 1    | key id length L (1..255)                      |
 * | 4       | L    | key id, printable ASCII                       |
 * | 4+L     | 32   | key material id (raw bytes)                   |
 * | 36+L    | 12   | AES-GCM IV                                    |
 * | 48+L    | n+16 | AES-256-GCM ciphertext followed by its tag    |
 *
 * Bytes 0..36+L are the header; it is authenticated as the first part of the AAD.
 */
import { IV_BYTES, TAG_BYTES } from './aes-gcm.js';
import { bytesToHex, concatBytes, hexToBytes, type Bytes } from './bytes.js';

export const BLOB_MAGIC = Object.freeze([0x6b, 0x63] as const);
export const BLOB_VERSION = 1;
export const MATERIAL_ID_BYTES = 32;
/** CiphertextType max (evidence `model.ciphertext-type`); we never produce, so never accept, anything larger. */
export const MAX_BLOB_BYTES = 6144;

/** The fields of a blob. `ciphertext` includes the 16-byte GCM tag at its end. */
export interface BlobParts {
  keyId: string;
  /** 64 lowercase hex characters (evidence `model.generate-data-key-request`, BackingKeyIdType). */
  materialId: string;
  iv: Uint8Array;
  ciphertext: Uint8Array;
}

/** A parsed blob, with the raw header bytes to authenticate exactly what was received. */
export interface ParsedBlob extends BlobParts {
  header: Uint8Array;
}

const PRINTABLE_ASCII = /^[\x21-\x7e]{1,255}$/;

/**
 * The header bytes (magic, version, key id, material id) for a key id and material id.
 *
 * @throws RangeError for a key id that is not 1..255 printable ASCII or a bad material id.
 */
export function encodeBlobHeader(keyId: string, materialId: string): Bytes {
  const cacheKey = `${keyId}/${materialId}`;
  const cached = headerCache.get(cacheKey);
  if (cached) return cached.slice();
  const header = buildHeader(keyId, materialId);
  if (headerCache.size >= HEADER_CACHE_LIMIT) headerCache.clear();
  headerCache.set(cacheKey, header);
  return header.slice();
}

/** Headers depend only on the key and its material, so a busy key's header is built once. */
const HEADER_CACHE_LIMIT = 1024;
const headerCache = new Map<string, Bytes>();

function buildHeader(keyId: string, materialId: string): Bytes {
  if (!PRINTABLE_ASCII.test(keyId)) throw new RangeError('key id must be 1..255 printable ASCII');
  const material = hexToBytes(materialId);
  if (material?.length !== MATERIAL_ID_BYTES) {
    throw new RangeError('material id must be 64 lowercase hex characters');
  }
  const id = Uint8Array.from(keyId, (c) => c.charCodeAt(0));
  return concatBytes(Uint8Array.of(...BLOB_MAGIC, BLOB_VERSION, id.length), id, material);
}

/**
 * Serialises blob parts.
 *
 * @throws RangeError for malformed parts (a programming error, never caller input).
 * @example
 * const blob = encodeBlob({ keyId, materialId, iv, ciphertext });
 */
export function encodeBlob(parts: BlobParts): Bytes {
  if (parts.iv.length !== IV_BYTES) throw new RangeError(`iv must be ${IV_BYTES} bytes`);
  if (parts.ciphertext.length < TAG_BYTES) throw new RangeError('ciphertext shorter than its tag');
  const blob = concatBytes(
    encodeBlobHeader(parts.keyId, parts.materialId),
    parts.iv,
    parts.ciphertext,
  );
  if (blob.length > MAX_BLOB_BYTES) throw new RangeError(`blob exceeds ${MAX_BLOB_BYTES} bytes`);
  return blob;
}

/**
 * Parses a blob; undefined for anything malformed (wrong magic or version, truncated, lengths out
 * of bounds, non-ASCII key id). Never throws. Returned arrays are views into `bytes`.
 */
export function parseBlob(bytes: Uint8Array): ParsedBlob | undefined {
  if (bytes.length > MAX_BLOB_BYTES || bytes.length < 4) return undefined;
  if (bytes[0] !== BLOB_MAGIC[0] || bytes[1] !== BLOB_MAGIC[1] || bytes[2] !== BLOB_VERSION) {
    return undefined;
  }
  const idLength = bytes[3] ?? 0;
  const headerEnd = 4 + idLength + MATERIAL_ID_BYTES;
  if (bytes.length < headerEnd + IV_BYTES + TAG_BYTES) return undefined;
  const keyId = String.fromCharCode(...bytes.subarray(4, 4 + idLength));
  if (!PRINTABLE_ASCII.test(keyId)) return undefined;
  return {
    keyId,
    materialId: bytesToHex(bytes.subarray(4 + idLength, headerEnd)),
    iv: bytes.subarray(headerEnd, headerEnd + IV_BYTES),
    ciphertext: bytes.subarray(headerEnd + IV_BYTES),
    header: bytes.subarray(0, headerEnd),
  };
}
