export {
  open,
  seal,
  webCryptoAesGcm,
  IV_BYTES,
  TAG_BYTES,
  type AesGcmBackend,
  type Sealed,
} from './aes-gcm.js';
export { asBytes, bytesEqual, bytesToHex, concatBytes, hexToBytes, type Bytes } from './bytes.js';
export {
  BLOB_MAGIC,
  BLOB_VERSION,
  MATERIAL_ID_BYTES,
  MAX_BLOB_BYTES,
  encodeBlob,
  encodeBlobHeader,
  parseBlob,
  type BlobParts,
  type ParsedBlob,
} from './ciphertext-blob.js';
export {
  encodeEncryptionContext,
  isWellFormedContext,
  type EncryptionContext,
} from './encryption-context.js';
export {
  blobKeyId,
  decryptBlob,
  encryptUnderKey,
  type DecryptFailure,
  type DecryptResult,
  type EncryptUnderKeyInput,
  type KeyLookup,
  type KeyMaterial,
} from './envelope.js';
export {
  KEY_MATERIAL_BYTES,
  materialIdOf,
  newKeyId,
  newKeyMaterial,
  newMultiRegionKeyId,
  randomBytes,
} from './random.js';
