import { asBytes, generateKeyPair, isAsymmetricSpec, type KeyPair } from '../../crypto/index.js';
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

const viewOf = (pair: { publicKey: Uint8Array; privateKey: Uint8Array }): KeyPair => ({
  publicKey: asBytes(pair.publicKey),
  privateKey: asBytes(pair.privateKey),
});

/**
 * The key pair of an asymmetric key, made on first use and kept from then on. An RSA_4096 pair
 * costs about a second of CPU and most keys a test creates never sign or encrypt, so CreateKey
 * does not pay for it; what a caller sees is the same (the first GetPublicKey fixes the pair).
 * Two first uses at once may both generate: the first to store its pair wins, the other uses it.
 */
export async function keyPairOf(ctx: MockContext, key: KeyRecord): Promise<KeyPair> {
  if (key.keyPair) return viewOf(key.keyPair);
  if (key.origin !== 'AWS_KMS' || !isAsymmetricSpec(key.keySpec)) throw missingMaterial(ctx, key);
  const made = await generateKeyPair(key.keySpec);
  const kept = await ctx.exclusive(async () => {
    const current = await ctx.store.getKey(key.keyId);
    if (!current) {
      throw kmsError('NotFoundException', `Key '${keyArn(ctx.config, key.keyId)}' does not exist`);
    }
    if (current.keyPair) return current.keyPair;
    await ctx.store.putKey({ ...current, keyPair: made });
    return made;
  });
  return viewOf(kept);
}

/** The secret of an HMAC key. */
export function macKeyOf(ctx: MockContext, key: KeyRecord): Uint8Array {
  if (!key.macKey) throw missingMaterial(ctx, key);
  return key.macKey;
}
