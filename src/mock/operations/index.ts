import type { OperationInput, OperationName, OperationOutput } from '../../contract/index.js';
import type { MockContext } from '../context.js';
import { createKey } from './create-key.js';
import { decrypt } from './decrypt.js';
import { describeKey } from './describe-key.js';
import { encrypt } from './encrypt.js';
import { generateDataKey } from './generate-data-key.js';
import { generateDataKeyWithoutPlaintext } from './generate-data-key-without-plaintext.js';
import { replicateKey, updatePrimaryRegion } from './multi-region-on-demand.js';
import { onFirstUse } from './on-first-use.js';
import { reEncrypt } from './re-encrypt.js';

export type OperationImpl<Op extends OperationName> = (
  ctx: MockContext,
  input: OperationInput<Op>,
) => Promise<OperationOutput<Op>>;

/**
 * The operations beyond those that answer a page's first requests, loaded as one chunk the first
 * time one of them is called: a page that sets up the mock downloads neither them nor their request
 * validators (generated/request-validators/on-demand.ts) until a test calls one.
 */
const lifecycle = () => import('./lifecycle-operations.js');

/** The grant operations, one chunk of their own (most tests and pages never make a grant). */
const grants = () => import('./grant-operations.js');

/**
 * One implementation per operation of the contract; the type makes a missing one a compile error.
 * Imported statically: the operations that answer a page's first requests (a key, its description,
 * data keys, encryption; their validators are generated/request-validators/at-start.ts, the list in
 * scripts/generate/validators.mjs), so serve's hot path never waits for an import. Every other
 * operation loads on first use, through `onFirstUse`; test/contract/request-gate.test.ts keeps this
 * table and the generator's list in step.
 */
export const implementations: { [Op in OperationName]: OperationImpl<Op> } = {
  GenerateDataKey: generateDataKey,
  GenerateDataKeyWithoutPlaintext: generateDataKeyWithoutPlaintext,
  Decrypt: decrypt,
  Encrypt: encrypt,
  ReEncrypt: reEncrypt,
  GenerateRandom: onFirstUse(async () => (await lifecycle()).generateRandom),
  CreateKey: createKey,
  DescribeKey: describeKey,
  ListKeys: onFirstUse(async () => (await lifecycle()).listKeys),
  EnableKey: onFirstUse(async () => (await lifecycle()).enableKey),
  DisableKey: onFirstUse(async () => (await lifecycle()).disableKey),
  ScheduleKeyDeletion: onFirstUse(async () => (await lifecycle()).scheduleKeyDeletion),
  CancelKeyDeletion: onFirstUse(async () => (await lifecycle()).cancelKeyDeletion),
  EnableKeyRotation: onFirstUse(async () => (await lifecycle()).enableKeyRotation),
  DisableKeyRotation: onFirstUse(async () => (await lifecycle()).disableKeyRotation),
  GetKeyRotationStatus: onFirstUse(async () => (await lifecycle()).getKeyRotationStatus),
  RotateKeyOnDemand: onFirstUse(async () => (await lifecycle()).rotateKeyOnDemand),
  ListKeyRotations: onFirstUse(async () => (await lifecycle()).listKeyRotations),
  CreateAlias: onFirstUse(async () => (await lifecycle()).createAlias),
  DeleteAlias: onFirstUse(async () => (await lifecycle()).deleteAlias),
  ListAliases: onFirstUse(async () => (await lifecycle()).listAliases),
  GetPublicKey: onFirstUse(async () => (await lifecycle()).getPublicKey),
  Sign: onFirstUse(async () => (await lifecycle()).sign),
  Verify: onFirstUse(async () => (await lifecycle()).verify),
  GenerateMac: onFirstUse(async () => (await lifecycle()).generateMac),
  VerifyMac: onFirstUse(async () => (await lifecycle()).verifyMac),
  GenerateDataKeyPair: onFirstUse(async () => (await lifecycle()).generateDataKeyPair),
  GenerateDataKeyPairWithoutPlaintext: onFirstUse(
    async () => (await lifecycle()).generateDataKeyPairWithoutPlaintext,
  ),
  DeriveSharedSecret: onFirstUse(async () => (await lifecycle()).deriveSharedSecret),
  TagResource: onFirstUse(async () => (await lifecycle()).tagResource),
  UntagResource: onFirstUse(async () => (await lifecycle()).untagResource),
  ListResourceTags: onFirstUse(async () => (await lifecycle()).listResourceTags),
  UpdateAlias: onFirstUse(async () => (await lifecycle()).updateAlias),
  UpdateKeyDescription: onFirstUse(async () => (await lifecycle()).updateKeyDescription),
  GetKeyPolicy: onFirstUse(async () => (await lifecycle()).getKeyPolicy),
  PutKeyPolicy: onFirstUse(async () => (await lifecycle()).putKeyPolicy),
  ListKeyPolicies: onFirstUse(async () => (await lifecycle()).listKeyPolicies),
  CreateCustomKeyStore: onFirstUse(async () => (await lifecycle()).createCustomKeyStore),
  ConnectCustomKeyStore: onFirstUse(async () => (await lifecycle()).connectCustomKeyStore),
  DisconnectCustomKeyStore: onFirstUse(async () => (await lifecycle()).disconnectCustomKeyStore),
  UpdateCustomKeyStore: onFirstUse(async () => (await lifecycle()).updateCustomKeyStore),
  DeleteCustomKeyStore: onFirstUse(async () => (await lifecycle()).deleteCustomKeyStore),
  DescribeCustomKeyStores: onFirstUse(async () => (await lifecycle()).describeCustomKeyStores),
  GetKeyLastUsage: onFirstUse(async () => (await lifecycle()).getKeyLastUsage),
  ReplicateKey: replicateKey,
  UpdatePrimaryRegion: updatePrimaryRegion,
  // The import operations load on first use: with their token and unwrapping code they are a
  // share of the MSW page that a test which never imports key material should not download.
  GetParametersForImport: onFirstUse(
    async () => (await import('./get-parameters-for-import.js')).getParametersForImport,
  ),
  ImportKeyMaterial: onFirstUse(
    async () => (await import('./import-key-material.js')).importKeyMaterial,
  ),
  DeleteImportedKeyMaterial: onFirstUse(
    async () => (await import('./delete-imported-key-material.js')).deleteImportedKeyMaterial,
  ),
  CreateGrant: onFirstUse(async () => (await grants()).createGrant),
  ListGrants: onFirstUse(async () => (await grants()).listGrants),
  ListRetirableGrants: onFirstUse(async () => (await grants()).listRetirableGrants),
  RetireGrant: onFirstUse(async () => (await grants()).retireGrant),
  RevokeGrant: onFirstUse(async () => (await grants()).revokeGrant),
};
