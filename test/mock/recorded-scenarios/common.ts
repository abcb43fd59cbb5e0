// What the replays of every area share: the account and Regions the recordings name, keys made
// as the recorded tests' fixture makes them, and material wrapped for import as a KMS user does.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { OperationInput } from '../../../src/contract/index.js';
import type { KmsEngine } from '../../../src/mock/index.js';
import { b64, forever, newKey, wrap, wrappingKeyOf, type WrappingAlgorithm } from '../helpers.js';
import { reply, type Replay, type Reply } from '../recorded-replay.js';

export const ACCOUNT = '111111111111';
export const REGION = 'us-east-1';
/** The Region the recordings call `<secondary-region>`; ap-southeast-1 where they name it. */
export const SECONDARY = 'us-west-2';
export const REPLICA_REGION = 'ap-southeast-1';

export type Scenario = (kms: KmsEngine) => Promise<Replay>;

type CreateKeyInput = OperationInput<'CreateKey'>;
/** The description the recordings' key fixture gives a key when the test names none. */
const FIXTURE_DESCRIPTION = 'test description - 7c1f3a2b';
export const text = (value: string) => b64(Buffer.from(value));
export const arnOf = (keyId: string, region = REGION) =>
  `arn:aws:kms:${region}:${ACCOUNT}:key/${keyId}`;

export const create = (kms: KmsEngine, input: CreateKeyInput = {}, region?: string) =>
  region === undefined
    ? newKey(kms, { Description: FIXTURE_DESCRIPTION, ...input })
    : kms
        .call('CreateKey', { Description: FIXTURE_DESCRIPTION, ...input }, region)
        .then(({ KeyMetadata }) => ({ ...KeyMetadata!, Arn: KeyMetadata!.Arn! }));

export const describe = (kms: KmsEngine, KeyId: string, region?: string) =>
  reply(kms.call('DescribeKey', { KeyId }, region));

/** The message the recorded MAC tests send. */
export const MESSAGE = text('some important message');

/** The reply of one call, with the placeholders its recorded message names. */
export const withValues = (answer: Reply, values: Record<string, string>): Reply => ({
  ...answer,
  values,
});

export async function importParameters(
  kms: KmsEngine,
  KeyId: string,
  WrappingAlgorithm: WrappingAlgorithm = 'RSAES_OAEP_SHA_256',
  WrappingKeySpec: 'RSA_2048' | 'RSA_4096' = 'RSA_2048',
) {
  const answer = await reply(
    kms.call('GetParametersForImport', { KeyId, WrappingAlgorithm, WrappingKeySpec }),
  );
  const body = answer.body as { PublicKey?: string; ImportToken?: string };
  const publicKey = wrappingKeyOf(body.PublicKey);
  const importWith = (material: Uint8Array, extra: Record<string, unknown>) =>
    reply(
      kms.call('ImportKeyMaterial', {
        KeyId,
        ImportToken: body.ImportToken,
        EncryptedKeyMaterial: wrap(publicKey, WrappingAlgorithm, material),
        ...extra,
      }),
    );
  return { answer, importWith };
}

export { forever };

/** A new private key as PKCS #8 DER, the form ImportKeyMaterial takes for asymmetric keys. */
export const privateKeyDer = (curve: string) =>
  generateKeyPairSync('ec', { namedCurve: curve }).privateKey.export({
    format: 'der',
    type: 'pkcs8',
  });

export async function importedKey(kms: KmsEngine) {
  const key = await create(kms, {
    Origin: 'EXTERNAL',
    KeyUsage: 'ENCRYPT_DECRYPT',
    Description: 'test-key',
  });
  const { answer, importWith } = await importParameters(kms, key.KeyId);
  const beforeImport = await describe(kms, key.KeyId);
  const imported = await importWith(randomBytes(32), forever);
  const importNew = async () =>
    (await importParameters(kms, key.KeyId)).importWith(randomBytes(32), {
      ...forever,
      ImportType: 'NEW_KEY_MATERIAL',
    });
  return { key, parameters: answer, beforeImport, imported, importNew };
}

// Recorded in March 2025, before KMS rotated imported material on demand; asked again today, the
// same request gets the answer of test_rotate_key_on_demand_raises_for_no_pending_key_material.
