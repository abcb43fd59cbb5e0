// Generated from spec/kms.openapi.yaml by `npm run generate`; do not edit.
/* eslint-disable */

/** The media type of every request and reply body (AWS JSON 1.1). */
export const MEDIA_TYPE = "application/x-amz-json-1.1";

/** What `X-Amz-Target` puts before the operation name (`TrentService.GenerateDataKey`). */
export const TARGET_PREFIX = "TrentService.";

/** Every member name the spec gives a `contentEncoding: base64` schema; no other member shares one. */
export const BLOB_MEMBERS = ["AttestationDocument","CiphertextBlob","CiphertextForRecipient","EncryptedKeyMaterial","ImportToken","Mac","Message","Plaintext","PrivateKeyCiphertextBlob","PrivateKeyPlaintext","PublicKey","SharedSecret","Signature"] as const;

export type BlobMember = (typeof BLOB_MEMBERS)[number];
