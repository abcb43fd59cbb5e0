import {
  constants,
  createCipheriv,
  createPublicKey,
  publicEncrypt,
  randomBytes,
  type KeyObject,
} from 'node:crypto';
import { expect } from 'vitest';
import { isKmsError } from '../../src/errors/index.js';
import { createKmsEngine, type KmsEngine } from '../../src/mock/index.js';

export const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
export const unb64 = (text: string | undefined) =>
  new Uint8Array(Buffer.from(text ?? '', 'base64'));

/** Runs a call that must fail and returns the error's wire type and message. */
export async function failure(
  promise: Promise<unknown>,
): Promise<{ type: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (isKmsError(error)) return { type: error.__type, message: error.message };
    throw error;
  }
  expect.fail('the call succeeded but should have failed');
}

/** CreateKey, with the KeyMetadata every AWS output marks optional made required for tests. */
export async function newKey(kms: KmsEngine, input: Parameters<KmsEngine['call']>[1] = {}) {
  const { KeyMetadata } = await kms.call('CreateKey', input);
  if (!KeyMetadata?.Arn) return expect.fail('CreateKey returned no KeyMetadata');
  return { ...KeyMetadata, Arn: KeyMetadata.Arn };
}

export interface Fixture {
  kms: KmsEngine;
  keyId: string;
  arn: string;
}

/** An engine with one enabled symmetric key and an alias to it. */
export async function fixture(
  options: Parameters<typeof createKmsEngine>[0] = {},
): Promise<Fixture> {
  const kms = createKmsEngine(options);
  const KeyMetadata = await newKey(kms, { Description: 'test key' });
  await kms.call('CreateAlias', { AliasName: 'alias/test', TargetKeyId: KeyMetadata.KeyId });
  return { kms, keyId: KeyMetadata.KeyId, arn: KeyMetadata.Arn };
}

export type WrappingAlgorithm =
  'RSAES_OAEP_SHA_1' | 'RSAES_OAEP_SHA_256' | 'RSA_AES_KEY_WRAP_SHA_1' | 'RSA_AES_KEY_WRAP_SHA_256';

/**
 * Key material wrapped offline for ImportKeyMaterial, as a KMS user does: RSAES-OAEP with the
 * wrapping key, or for RSA_AES_KEY_WRAP a fresh AES-256 key so wrapped, then the material under AES
 * Key Wrap with Padding.
 */
export function wrap(
  publicKey: KeyObject,
  algorithm: WrappingAlgorithm,
  material: Uint8Array,
): string {
  const oaepHash = algorithm.endsWith('SHA_1') ? 'sha1' : 'sha256';
  const rsa = (data: Uint8Array) =>
    publicEncrypt({ key: publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash }, data);
  if (algorithm.startsWith('RSAES')) return b64(rsa(material));
  const aesKey = randomBytes(32);
  const kwp = createCipheriv('id-aes256-wrap-pad', aesKey, Buffer.from('A65959A6', 'hex'));
  return b64(Buffer.concat([rsa(aesKey), kwp.update(material), kwp.final()]));
}

/** The wrapping key of GetParametersForImport (base64 DER SubjectPublicKeyInfo), read by node:crypto. */
export const wrappingKeyOf = (publicKey: string | undefined): KeyObject =>
  createPublicKey({ key: Buffer.from(unb64(publicKey)), format: 'der', type: 'spki' });

/** Imported material that never expires, as most imports here ask. */
export const forever = { ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE' } as const;
