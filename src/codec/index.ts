/**
 * The wire codec of AWS JSON 1.1, beside the contract it encodes: the media type and target prefix
 * of the spec, canonical base64, and the blob members (`contentEncoding: base64` in the spec) as
 * bytes. Shared by the mock, every front door, the typed client and the conformance runner; it
 * imports nothing but generated constants, so a browser bundle carries only what it calls.
 *
 * @example
 * decodeBlobs({ KeyId: 'k', Plaintext: 'AQI=' }) // { KeyId: 'k', Plaintext: Uint8Array [1, 2] }
 */
export { BLOB_MEMBERS, MEDIA_TYPE, TARGET_PREFIX, type BlobMember } from '../../generated/wire.js';
export { decodeBase64, encodeBase64, isCanonicalBase64 } from './base64.js';
export {
  decodeBlobs,
  encodeBlobs,
  type KmsInput,
  type KmsOutput,
  type WithBlobs,
} from './blobs.js';
