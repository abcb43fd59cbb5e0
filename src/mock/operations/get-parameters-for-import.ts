import type { OperationInput, OperationOutput } from '../../contract/index.js';
import { generateKeyPair, isWrappingAlgorithm, newKeyMaterial } from '../../crypto/index.js';
import { kmsError } from '../../errors/index.js';
import type { KeyRecord } from '../../keystore/index.js';
import { toWire } from '../blobs.js';
import { keyArn } from '../config.js';
import type { MockContext } from '../context.js';
import { IMPORT_PARAMETERS_LIFETIME, sealImportToken } from '../import-token.js';
import { resolveKey } from '../resolve-key.js';
import { assertImportable } from './import-rules.js';

/** The key's token key, made and stored on its first GetParametersForImport. */
async function tokenKeyOf(ctx: MockContext, key: KeyRecord): Promise<Uint8Array> {
  if (key.importTokenKey) return key.importTokenKey;
  return ctx.exclusive(async () => {
    const current = (await ctx.store.getKey(key.keyId)) ?? key;
    if (current.importTokenKey) return current.importTokenKey;
    const importTokenKey = newKeyMaterial();
    await ctx.store.putKey({ ...current, importTokenKey });
    return importTokenKey;
  });
}

/**
 * A fresh RSA wrapping key pair of WrappingKeySpec and an import token for it, valid for 24 hours
 * (model: GetParametersForImport). Only keys of Origin EXTERNAL take imported material: another
 * origin is `<key ARN> origin is AWS_KMS which is not valid for this operation.` (recorded:
 * `TestKMS::test_get_parameters_for_import_raises_for_non_external_kms_keys`). RSAES_PKCS1_V1_5
 * is a wrapping algorithm KMS no longer accepts, and SM2 wrapping exists only in the China
 * Regions, which this mock does not serve with SM2 (no well-kept library).
 */
export async function getParametersForImport(
  ctx: MockContext,
  input: OperationInput<'GetParametersForImport'>,
): Promise<OperationOutput<'GetParametersForImport'>> {
  const key = await resolveKey(ctx, input.KeyId, { allowAlias: false });
  assertImportable(ctx, key);
  const algorithm = input.WrappingAlgorithm;
  const wrappingSpec = input.WrappingKeySpec;
  if (wrappingSpec === 'SM2' || algorithm === 'SM2PKE') {
    throw kmsError(
      'UnsupportedOperationException',
      'SM2 wrapping is not supported by this mock KMS (KMS offers it only in the China Regions).',
    );
  }
  if (!isWrappingAlgorithm(algorithm)) {
    throw kmsError(
      'ValidationException',
      `WrappingAlgorithm ${algorithm} is no longer supported. Use RSAES_OAEP_SHA_1, RSAES_OAEP_SHA_256, RSA_AES_KEY_WRAP_SHA_1 or RSA_AES_KEY_WRAP_SHA_256.`,
    );
  }
  const [pair, tokenKey] = await Promise.all([generateKeyPair(wrappingSpec), tokenKeyOf(ctx, key)]);
  const validTo = ctx.now() + IMPORT_PARAMETERS_LIFETIME;
  const token = await sealImportToken(ctx.aesGcm, tokenKey, key.keyId, {
    algorithm,
    wrappingSpec,
    privateKey: pair.privateKey,
    validTo,
  });
  return {
    KeyId: keyArn(ctx.config, key.keyId),
    ImportToken: toWire(token),
    PublicKey: toWire(pair.publicKey),
    ParametersValidTo: validTo,
  };
}
