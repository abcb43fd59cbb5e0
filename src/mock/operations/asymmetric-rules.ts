import { asBytes, type KeyPair } from '../../crypto/index.js';
import { kmsError } from '../../errors/index.js';
import type { KeyRecord, KeyUsage } from '../../keystore/index.js';
import { keyArn } from '../config.js';
import type { MockContext } from '../context.js';
import { assertEnabled } from '../key-rules.js';

/**
 * A key of the wrong usage for an operation: InvalidKeyUsageException `<key ARN> key usage is
 * <usage> which is not valid for <operation>.` (recorded: TestKMS::test_derive_shared_secret,
 * `response-invalid-key-usage`).
 */
export function assertUsage(
  ctx: MockContext,
  key: KeyRecord,
  usage: KeyUsage,
  operation: string,
): void {
  if (key.keyUsage !== usage) {
    throw kmsError(
      'InvalidKeyUsageException',
      `${keyArn(ctx.config, key.keyId)} key usage is ${key.keyUsage} which is not valid for ${operation}.`,
    );
  }
}

/** An algorithm the key's spec does not have (recorded: TestKMS::test_invalid_generate_mac[HMAC_224-HMAC_SHA_256]). */
export function incompatibleAlgorithm(algorithm: string, keySpec: string): Error {
  return kmsError(
    'InvalidKeyUsageException',
    `Algorithm ${algorithm} is incompatible with key spec ${keySpec}.`,
  );
}

/**
 * The checks before any use of an asymmetric or HMAC key, in KMS's order: state, then usage.
 * A key without its material (made by a version of the mock that kept none) cannot be used, and
 * says so instead of failing inside the cryptography.
 */
export function usableKey(
  ctx: MockContext,
  key: KeyRecord,
  usage: KeyUsage,
  operation: string,
): void {
  assertEnabled(ctx, key);
  assertUsage(ctx, key, usage, operation);
}

function missingMaterial(ctx: MockContext, key: KeyRecord): Error {
  return kmsError(
    'KMSInvalidStateException',
    `${keyArn(ctx.config, key.keyId)} has no key material in this key store.`,
  );
}

/** The key pair of an asymmetric key. */
export function keyPairOf(ctx: MockContext, key: KeyRecord): KeyPair {
  if (!key.keyPair) throw missingMaterial(ctx, key);
  return { publicKey: asBytes(key.keyPair.publicKey), privateKey: asBytes(key.keyPair.privateKey) };
}

/** The secret of an HMAC key. */
export function macKeyOf(ctx: MockContext, key: KeyRecord): Uint8Array {
  if (!key.macKey) throw missingMaterial(ctx, key);
  return key.macKey;
}
