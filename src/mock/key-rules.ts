import { kmsError } from '../errors/index.js';
import { keyMaterialOf, type KeyRecord } from '../keystore/index.js';
import { keyArn } from './config.js';
import type { MockContext } from './context.js';
import { algorithmsOf } from './key-algorithms.js';

/**
 * A key must be Enabled for any cryptographic operation (evidence `docs.key-state-table`): Disabled →
 * DisabledException `<ARN> is disabled.`; PendingDeletion → KMSInvalidStateException `<ARN> is
 * pending deletion.` (AWS lists DisabledException too; we pick the one recorded most recently);
 * every other state → KMSInvalidStateException. A multi-Region primary waiting for its replicas
 * (PendingReplicaDeletion) "cannot be used in cryptographic operations" (model:
 * ScheduleKeyDeletion); no recording words it, so it is worded as the deletion it waits for.
 */
export function assertEnabled(ctx: MockContext, key: KeyRecord): void {
  const arn = keyArn(ctx.config, key.keyId);
  switch (key.keyState) {
    case 'Enabled':
      return;
    case 'Disabled':
      throw kmsError('DisabledException', `${arn} is disabled.`);
    case 'PendingDeletion':
    case 'PendingReplicaDeletion':
      throw kmsError('KMSInvalidStateException', `${arn} is pending deletion.`);
    case 'PendingImport':
      throw kmsError('KMSInvalidStateException', `${arn} is pending import.`);
    default:
      throw kmsError('KMSInvalidStateException', `${arn} is ${key.keyState.toLowerCase()}.`);
  }
}

/**
 * Symmetric cryptography (data keys, Encrypt, Decrypt of our blobs) needs an ENCRYPT_DECRYPT key
 * whose spec supports the algorithm asked for (SYMMETRIC_DEFAULT unless the request names one).
 * Another usage → `<ARN> key usage is <usage> which is not valid for <Op>.` (recorded:
 * `TestKMS::test_error_messaging_for_invalid_keys`); an algorithm the key spec lacks →
 * `Algorithm <alg> is incompatible with key spec <spec>.`, KMS's form for that mismatch (recorded:
 * `TestKMS::test_invalid_generate_mac[HMAC_224-HMAC_SHA_256]`), which is what an RSA key used
 * for Encrypt or GenerateDataKey earns.
 */
export function assertSymmetricEncryption(
  ctx: MockContext,
  key: KeyRecord,
  operation: string,
  algorithm = 'SYMMETRIC_DEFAULT',
): void {
  const arn = keyArn(ctx.config, key.keyId);
  if (key.keyUsage !== 'ENCRYPT_DECRYPT') {
    throw kmsError(
      'InvalidKeyUsageException',
      `${arn} key usage is ${key.keyUsage} which is not valid for ${operation}.`,
    );
  }
  if (key.keySpec === 'SYMMETRIC_DEFAULT' && algorithm === 'SYMMETRIC_DEFAULT') return;
  const supported = algorithmsOf(key.keySpec, key.keyUsage).EncryptionAlgorithms ?? [];
  if (!supported.includes(algorithm)) {
    throw kmsError(
      'InvalidKeyUsageException',
      `Algorithm ${algorithm} is incompatible with key spec ${key.keySpec}.`,
    );
  }
  // An asymmetric algorithm on a key that has it: the mock has no asymmetric encryption yet.
  throw kmsError(
    'InvalidKeyUsageException',
    `${arn} key spec is ${key.keySpec} which is not valid for ${operation}.`,
  );
}

/** The checks every symmetric cryptographic operation makes, in the order KMS reports them. */
export function assertUsableForEncryption(
  ctx: MockContext,
  key: KeyRecord,
  operation: string,
  algorithm?: string,
): void {
  assertEnabled(ctx, key);
  assertSymmetricEncryption(ctx, key, operation, algorithm);
}

/** Key material of a usable symmetric key; its absence is a store fault, not a client error. */
export function materialOf(key: KeyRecord): { material: Uint8Array; materialId: string } {
  const current = keyMaterialOf(key);
  if (!current) throw new Error(`symmetric key ${key.keyId} has no key material`);
  return current;
}
