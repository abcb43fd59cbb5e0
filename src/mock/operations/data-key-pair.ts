import type { OperationInput } from '../../contract/index.js';
import {
  encryptUnderKey,
  generateKeyPair,
  isAsymmetricSpec,
  type KeyPair,
} from '../../crypto/index.js';
import { kmsError } from '../../errors/index.js';
import { keyArn } from '../config.js';
import type { MockContext } from '../context.js';
import { stopIfDryRun } from '../dry-run.js';
import { sealingContext } from '../encryption-context.js';
import { assertUsableForEncryption, materialOf } from '../key-rules.js';
import { resolveKey } from '../resolve-key.js';

export interface DataKeyPair {
  pair: KeyPair;
  /** The PKCS#8 private key sealed under the symmetric KMS key, the context bound as for data keys. */
  sealedPrivateKey: Uint8Array;
  arn: string;
  materialId: string;
}

/**
 * SM2 is a China-Regions key spec, and no well-kept JavaScript library implements it: the mock
 * refuses it rather than pretend.
 */
export function refuseSm2(spec: string): void {
  if (spec === 'SM2') {
    throw kmsError(
      'UnsupportedOperationException',
      'KeySpec SM2 is not supported by this mock KMS (KMS offers it only in the China Regions).',
    );
  }
}

/**
 * What both GenerateDataKeyPair operations do: a fresh key pair of KeyPairSpec whose private key
 * is sealed under a symmetric encryption key (AWS KMS API Reference, GenerateDataKeyPair).
 */
export async function makeDataKeyPair(
  ctx: MockContext,
  input: OperationInput<'GenerateDataKeyPairWithoutPlaintext'>,
  operation: string,
): Promise<DataKeyPair> {
  const key = await resolveKey(ctx, input.KeyId, { allowAlias: true });
  assertUsableForEncryption(ctx, key, operation);
  refuseSm2(input.KeyPairSpec);
  const context = sealingContext(input.EncryptionContext);
  stopIfDryRun(input);
  const spec = input.KeyPairSpec;
  if (!isAsymmetricSpec(spec)) throw new Error(`no key pairs of ${spec}`);
  const pair = await generateKeyPair(spec);
  const { material, materialId } = materialOf(key);
  const sealedPrivateKey = await encryptUnderKey({
    keyId: key.keyId,
    materialId,
    material,
    plaintext: pair.privateKey,
    context,
    aesGcm: ctx.aesGcm,
  });
  return { pair, sealedPrivateKey, arn: keyArn(ctx.config, key.keyId), materialId };
}
