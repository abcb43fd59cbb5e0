import { createPublicKey, type KeyObject } from 'node:crypto';
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

/**
 * Key material wrapped offline for ImportKeyMaterial, as a KMS user does: the conformance runner's
 * wrapper (node:crypto only, none of the mock's code), so a mock test and a check wrap alike.
 */
export { wrap, type WrappingAlgorithm } from '../../conformance/checks/import/wrap.js';

/** The wrapping key of GetParametersForImport (base64 DER SubjectPublicKeyInfo), read by node:crypto. */
export const wrappingKeyOf = (publicKey: string | undefined): KeyObject =>
  createPublicKey({ key: Buffer.from(unb64(publicKey)), format: 'der', type: 'spki' });

/** Imported material that never expires, as most imports here ask. */
export const forever = { ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE' } as const;
