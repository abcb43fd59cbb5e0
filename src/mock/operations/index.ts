import type { OperationInput, OperationName, OperationOutput } from '../../contract/index.js';
import type { MockContext } from '../context.js';
import { createAlias, deleteAlias, listAliases } from './aliases.js';
import { createKey } from './create-key.js';
import { decrypt } from './decrypt.js';
import { deriveSharedSecret } from './derive-shared-secret.js';
import { describeKey } from './describe-key.js';
import { encrypt } from './encrypt.js';
import { generateDataKey } from './generate-data-key.js';
import { generateDataKeyPair } from './generate-data-key-pair.js';
import { generateDataKeyPairWithoutPlaintext } from './generate-data-key-pair-without-plaintext.js';
import { generateDataKeyWithoutPlaintext } from './generate-data-key-without-plaintext.js';
import { generateMac } from './generate-mac.js';
import { generateRandom } from './generate-random.js';
import { getPublicKey } from './get-public-key.js';
import {
  cancelKeyDeletion,
  disableKey,
  enableKey,
  scheduleKeyDeletion,
} from './key-state-changes.js';
import { listKeys } from './list-keys.js';
import { reEncrypt } from './re-encrypt.js';
import { sign } from './sign.js';
import { verify } from './verify.js';
import { verifyMac } from './verify-mac.js';
import { tagResource } from './tag-resource.js';
import { untagResource } from './untag-resource.js';
import { listResourceTags } from './list-resource-tags.js';
import { updateAlias } from './update-alias.js';
import { updateKeyDescription } from './update-key-description.js';
import { getKeyPolicy } from './get-key-policy.js';
import { putKeyPolicy } from './put-key-policy.js';
import { listKeyPolicies } from './list-key-policies.js';
import {
  connectCustomKeyStore,
  createCustomKeyStore,
  deleteCustomKeyStore,
  describeCustomKeyStores,
  disconnectCustomKeyStore,
  updateCustomKeyStore,
} from './custom-key-stores.js';
import { getKeyLastUsage } from './get-key-last-usage.js';
import { replicateKey, updatePrimaryRegion } from './multi-region-on-demand.js';
import { enableKeyRotation } from './enable-key-rotation.js';
import { disableKeyRotation } from './disable-key-rotation.js';
import { getKeyRotationStatus } from './get-key-rotation-status.js';
import { rotateKeyOnDemand } from './rotate-key-on-demand.js';
import { listKeyRotations } from './list-key-rotations.js';
import {
  createGrant,
  listGrants,
  listRetirableGrants,
  retireGrant,
  revokeGrant,
} from './grants.js';

export type OperationImpl<Op extends OperationName> = (
  ctx: MockContext,
  input: OperationInput<Op>,
) => Promise<OperationOutput<Op>>;

/** One implementation per operation of the contract; the type makes a missing one a compile error. */
export const implementations: { [Op in OperationName]: OperationImpl<Op> } = {
  GenerateDataKey: generateDataKey,
  GenerateDataKeyWithoutPlaintext: generateDataKeyWithoutPlaintext,
  Decrypt: decrypt,
  Encrypt: encrypt,
  ReEncrypt: reEncrypt,
  GenerateRandom: generateRandom,
  CreateKey: createKey,
  DescribeKey: describeKey,
  ListKeys: listKeys,
  EnableKey: enableKey,
  DisableKey: disableKey,
  ScheduleKeyDeletion: scheduleKeyDeletion,
  CancelKeyDeletion: cancelKeyDeletion,
  EnableKeyRotation: enableKeyRotation,
  DisableKeyRotation: disableKeyRotation,
  GetKeyRotationStatus: getKeyRotationStatus,
  RotateKeyOnDemand: rotateKeyOnDemand,
  ListKeyRotations: listKeyRotations,
  CreateAlias: createAlias,
  DeleteAlias: deleteAlias,
  ListAliases: listAliases,
  GetPublicKey: getPublicKey,
  Sign: sign,
  Verify: verify,
  GenerateMac: generateMac,
  VerifyMac: verifyMac,
  GenerateDataKeyPair: generateDataKeyPair,
  GenerateDataKeyPairWithoutPlaintext: generateDataKeyPairWithoutPlaintext,
  DeriveSharedSecret: deriveSharedSecret,
  TagResource: tagResource,
  UntagResource: untagResource,
  ListResourceTags: listResourceTags,
  UpdateAlias: updateAlias,
  UpdateKeyDescription: updateKeyDescription,
  GetKeyPolicy: getKeyPolicy,
  PutKeyPolicy: putKeyPolicy,
  ListKeyPolicies: listKeyPolicies,
  CreateCustomKeyStore: createCustomKeyStore,
  ConnectCustomKeyStore: connectCustomKeyStore,
  DisconnectCustomKeyStore: disconnectCustomKeyStore,
  UpdateCustomKeyStore: updateCustomKeyStore,
  DeleteCustomKeyStore: deleteCustomKeyStore,
  DescribeCustomKeyStores: describeCustomKeyStores,
  GetKeyLastUsage: getKeyLastUsage,
  ReplicateKey: replicateKey,
  UpdatePrimaryRegion: updatePrimaryRegion,
  // The import operations load on first use: with their token and unwrapping code they are a
  // share of the MSW page that a test which never imports key material should not download.
  GetParametersForImport: async (ctx, input) =>
    (await import('./get-parameters-for-import.js')).getParametersForImport(ctx, input),
  ImportKeyMaterial: async (ctx, input) =>
    (await import('./import-key-material.js')).importKeyMaterial(ctx, input),
  DeleteImportedKeyMaterial: async (ctx, input) =>
    (await import('./delete-imported-key-material.js')).deleteImportedKeyMaterial(ctx, input),
  CreateGrant: createGrant,
  ListGrants: listGrants,
  ListRetirableGrants: listRetirableGrants,
  RetireGrant: retireGrant,
  RevokeGrant: revokeGrant,
};
