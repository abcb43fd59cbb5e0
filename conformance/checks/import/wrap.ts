import {
  constants,
  createCipheriv,
  createPublicKey,
  generateKeyPairSync,
  publicEncrypt,
  randomBytes,
  type KeyObject,
} from 'node:crypto';
import { decode, detailOf, encode, expectSuccess } from '../../expect.js';
import { CheckFailure } from '../../failure.js';
import type { CheckContext, KeyRef } from '../../types.js';

/** What GetParametersForImport handed out: the wrapping key, read by node:crypto, and the token. */
export interface ImportParameters {
  publicKey: KeyObject;
  importToken: string;
}

export type WrappingAlgorithm =
  'RSAES_OAEP_SHA_1' | 'RSAES_OAEP_SHA_256' | 'RSA_AES_KEY_WRAP_SHA_1' | 'RSA_AES_KEY_WRAP_SHA_256';

/** GetParametersForImport of an RSA_2048 wrapping key; its PublicKey read as DER SPKI. */
export async function importParameters(
  ctx: CheckContext,
  key: KeyRef,
  algorithm: WrappingAlgorithm = 'RSAES_OAEP_SHA_256',
): Promise<ImportParameters> {
  const reply = await ctx.send('GetParametersForImport', {
    KeyId: key.keyId,
    WrappingAlgorithm: algorithm,
    WrappingKeySpec: 'RSA_2048',
  });
  const body = expectSuccess(reply, 'GetParametersForImport', [
    'KeyId',
    'ImportToken',
    'PublicKey',
    'ParametersValidTo',
  ]);
  try {
    const publicKey = createPublicKey({
      key: Buffer.from(decode(body.PublicKey)),
      format: 'der',
      type: 'spki',
    });
    if (publicKey.asymmetricKeyType !== 'rsa')
      throw new Error(`a ${publicKey.asymmetricKeyType} key`);
    return { publicKey, importToken: String(body.ImportToken) };
  } catch (error) {
    throw new CheckFailure(
      'GetParametersForImport PublicKey as the DER SubjectPublicKeyInfo of an RSA key',
      `bytes OpenSSL does not read as one (${(error as Error).message})`,
      { ...detailOf(reply), kind: 'content' },
    );
  }
}

/**
 * Key material wrapped offline as KMS's import docs say: RSAES-OAEP with the wrapping key, or, for
 * RSA_AES_KEY_WRAP, a fresh AES-256 key RSAES-OAEP encrypted followed by the material under AES
 * Key Wrap with Padding (RFC 5649, OpenSSL's id-aes256-wrap-pad).
 */
export function wrap(
  publicKey: KeyObject,
  algorithm: WrappingAlgorithm,
  material: Uint8Array,
): string {
  const oaepHash = algorithm.endsWith('SHA_1') ? 'sha1' : 'sha256';
  const rsa = (data: Uint8Array) =>
    publicEncrypt({ key: publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash }, data);
  if (algorithm.startsWith('RSAES_OAEP')) return encode(rsa(material));
  const aesKey = randomBytes(32);
  const kwp = createCipheriv('id-aes256-wrap-pad', aesKey, Buffer.from('A65959A6', 'hex'));
  const wrapped = Buffer.concat([kwp.update(material), kwp.final()]);
  return encode(Buffer.concat([rsa(aesKey), wrapped]));
}

/** An RSA public key that is not the one GetParametersForImport handed out. */
export function otherPublicKey(): KeyObject {
  return generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey;
}

/** KeyMetadata of DescribeKey. */
export async function metadataOf(ctx: CheckContext, key: KeyRef): Promise<Record<string, unknown>> {
  const body = expectSuccess(await ctx.send('DescribeKey', { KeyId: key.keyId }), 'DescribeKey', [
    'KeyMetadata',
  ]);
  return body.KeyMetadata as Record<string, unknown>;
}
