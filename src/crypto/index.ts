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
export { deriveSharedSecret } from './ecdh.js';
export {
  computeMac,
  HMAC_KEY_SPECS,
  isHmacKeySpec,
  newHmacKey,
  verifyMac,
  type HmacKeySpec,
  type MacAlgorithm,
} from './hmac.js';
export {
  CURVES,
  isAsymmetricSpec,
  isEccSpec,
  isMlDsaSpec,
  isRsaSpec,
  type AsymmetricKeySpec,
  type EccKeySpec,
  type RsaKeySpec,
} from './key-pair-specs.js';
export type { KeyPair } from './key-pairs.js';
export {
  isRsaEncryptionAlgorithm,
  oaepDecrypt,
  oaepEncrypt,
  oaepPlaintextLimit,
  type RsaEncryptionAlgorithm,
} from './rsa-oaep.js';
export type { SignInput } from './signatures.js';
// Loaded on first use: what only key pairs need stays out of a symmetric-only page.
export {
  generateKeyPair,
  keyPairFromPrivateKey,
  sign,
  unwrapKeyMaterial,
  verify,
} from './on-demand.js';
export {
  importableHmacLength,
  isWrappingAlgorithm,
  type WrappingAlgorithm,
  type WrappingKeySpec,
} from './wrapping.js';
export {
  isSigningAlgorithm,
  messageProblem,
  SIGNING_ALGORITHMS,
  SIGNING_ALGORITHMS_BY_SPEC,
  signingAlgorithmsOf,
  type MessageType,
  type SigningAlgorithm,
} from './signing-algorithms.js';
