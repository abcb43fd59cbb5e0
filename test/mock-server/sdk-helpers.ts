/**
 * What the AWS SDK scenarios share, whichever front door (serve or MSW) they run against: reading
 * a refusal, a key policy to put, and importing key material wrapped offline as a KMS user does.
 */
import { constants, createPublicKey, publicEncrypt } from 'node:crypto';
import * as kms from '@aws-sdk/client-kms';

/** Awaits a call that must fail, and gives its error's name and message. */
export async function refusal(
  promise: Promise<unknown>,
): Promise<{ name: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    const { name, message } = error as Error;
    return { name, message };
  }
  throw new Error('expected the call to fail');
}

/** A key policy (JSON text) that lets the account's root do anything with the key. */
export const accountRootPolicy = (account: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${account}:root` },
        Action: 'kms:*',
        Resource: '*',
      },
    ],
  });

/** Sends one command of any operation and resolves to its output. */
export type Send = <Output>(command: { input: unknown }) => Promise<Output>;

/** GetParametersForImport then ImportKeyMaterial of `material`, wrapped with RSAES_OAEP_SHA_256. */
export async function importMaterial(
  send: Send,
  KeyId: string,
  material: Uint8Array,
  extra: Partial<kms.ImportKeyMaterialCommandInput> = {},
): Promise<kms.ImportKeyMaterialCommandOutput> {
  const params = await send<kms.GetParametersForImportCommandOutput>(
    new kms.GetParametersForImportCommand({
      KeyId,
      WrappingAlgorithm: 'RSAES_OAEP_SHA_256',
      WrappingKeySpec: 'RSA_2048',
    }),
  );
  const publicKey = createPublicKey({
    key: Buffer.from(params.PublicKey ?? []),
    format: 'der',
    type: 'spki',
  });
  return send<kms.ImportKeyMaterialCommandOutput>(
    new kms.ImportKeyMaterialCommand({
      KeyId,
      ImportToken: params.ImportToken,
      EncryptedKeyMaterial: publicEncrypt(
        { key: publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' },
        material,
      ),
      ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
      ...extra,
    }),
  );
}
