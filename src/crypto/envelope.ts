/**
 * The pair the mock uses: seal a plaintext under a key into a blob, and open a blob again.
 *
 * AAD = blob header (magic, version, key id, material id) || encoded EncryptionContext. The header
 * is self-delimiting, so the concatenation is unambiguous, and authenticating it means a flipped
 * bit anywhere in the blob fails decryption (the IV and tag are covered by GCM itself).
 */
import { open, seal, type AesGcmBackend } from './aes-gcm.js';
import type { Bytes } from './bytes.js';
import { concatBytes } from './bytes.js';
import { encodeBlob, encodeBlobHeader, parseBlob } from './ciphertext-blob.js';
import {
  encodeEncryptionContext,
  isWellFormedContext,
  type EncryptionContext,
} from './encryption-context.js';

export interface EncryptUnderKeyInput {
  keyId: string;
  /** 64 lowercase hex; see `materialIdOf`. */
  materialId: string;
  /** 32 bytes of AES-256 key material. */
  material: Uint8Array;
  plaintext: Uint8Array;
  context?: EncryptionContext | undefined;
  /** The AES-256-GCM primitive; WebCrypto when left out. */
  aesGcm?: AesGcmBackend | undefined;
}

/** What a lookup returns for a key id: its current material and that material's id. */
export interface KeyMaterial {
  material: Uint8Array;
  materialId: string;
}

/**
 * Finds the material a blob names. The blob's material id is passed so a store that keeps several
 * materials per key (rotation) can pick the right one; a store with one may ignore it.
 */
export type KeyLookup = (
  keyId: string,
  materialId: string,
) => KeyMaterial | undefined | Promise<KeyMaterial | undefined>;

/**
 * Why a blob did not open. The mock maps `malformed` and `auth-failed` to
 * InvalidCiphertextException and `unknown-key` to AccessDeniedException (evidence `docs.invalid-ciphertext`).
 */
export type DecryptFailure = 'malformed' | 'unknown-key' | 'auth-failed';

export type DecryptResult =
  | { ok: true; keyId: string; materialId: string; plaintext: Bytes }
  | { ok: false; reason: DecryptFailure };

/**
 * Encrypts a plaintext under a key and returns the blob.
 *
 * @throws RangeError for bad key material, ids, or a context with lone surrogates (validate first
 *   with `isWellFormedContext`).
 * @example
 * const blob = await encryptUnderKey({ keyId, materialId, material, plaintext, context: { app: 'x' } });
 */
export async function encryptUnderKey(input: EncryptUnderKeyInput): Promise<Bytes> {
  const header = encodeBlobHeader(input.keyId, input.materialId);
  const aad = concatBytes(header, encodeEncryptionContext(input.context));
  const { iv, ciphertext } = await seal(input.material, input.plaintext, aad, input.aesGcm);
  return encodeBlob({ keyId: input.keyId, materialId: input.materialId, iv, ciphertext });
}

/**
 * Opens a blob made by {@link encryptUnderKey}. Never throws for bad input; a lookup that throws
 * is an internal fault and propagates.
 *
 * @example
 * const r = await decryptBlob(blob, (id) => keys.get(id), { app: 'x' });
 * if (!r.ok) return r.reason === 'unknown-key' ? accessDenied() : invalidCiphertext();
 */
export async function decryptBlob(
  blob: Uint8Array,
  lookup: KeyLookup,
  context?: EncryptionContext,
  aesGcm?: AesGcmBackend,
): Promise<DecryptResult> {
  const parsed = parseBlob(blob);
  if (!parsed) return { ok: false, reason: 'malformed' };
  const key = await lookup(parsed.keyId, parsed.materialId);
  if (!key) return { ok: false, reason: 'unknown-key' };
  // A context that could never have been encoded cannot match any blob (evidence `docs.encryption-context`).
  if (key.materialId !== parsed.materialId || !isWellFormedContext(context)) {
    return { ok: false, reason: 'auth-failed' };
  }
  const aad = concatBytes(parsed.header, encodeEncryptionContext(context));
  const plaintext = await open(key.material, parsed.iv, parsed.ciphertext, aad, aesGcm);
  if (!plaintext) return { ok: false, reason: 'auth-failed' };
  return { ok: true, keyId: parsed.keyId, materialId: parsed.materialId, plaintext };
}

/** The key id a blob names, or undefined if it is malformed; lets the mock check key state first. */
export function blobKeyId(blob: Uint8Array): string | undefined {
  return parseBlob(blob)?.keyId;
}
