// Generated from spec/kms.openapi.yaml by `npm run generate`; do not edit.
/* eslint-disable */
/** One failure of a value against a schema (ajv's error object, with `verbose` fields). */
export interface ValidationError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
  schema?: unknown;
  parentSchema?: Record<string, unknown>;
  data?: unknown;
}

/** A compiled validator: true when the value conforms, else the failures are on `errors`. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ValidationError[] | null;
}

import { atStartValidators } from './request-validators/at-start.js';
import { onDemandValidators } from './request-validators/on-demand.js';

/** The schema names that have a validator here: every operation's input. */
export type RequestSchema =
  | 'CancelKeyDeletionRequest'
  | 'ConnectCustomKeyStoreRequest'
  | 'CreateAliasRequest'
  | 'CreateCustomKeyStoreRequest'
  | 'CreateGrantRequest'
  | 'CreateKeyRequest'
  | 'DecryptRequest'
  | 'DeleteAliasRequest'
  | 'DeleteCustomKeyStoreRequest'
  | 'DeleteImportedKeyMaterialRequest'
  | 'DeriveSharedSecretRequest'
  | 'DescribeCustomKeyStoresRequest'
  | 'DescribeKeyRequest'
  | 'DisableKeyRequest'
  | 'DisableKeyRotationRequest'
  | 'DisconnectCustomKeyStoreRequest'
  | 'EnableKeyRequest'
  | 'EnableKeyRotationRequest'
  | 'EncryptRequest'
  | 'GenerateDataKeyPairRequest'
  | 'GenerateDataKeyPairWithoutPlaintextRequest'
  | 'GenerateDataKeyRequest'
  | 'GenerateDataKeyWithoutPlaintextRequest'
  | 'GenerateMacRequest'
  | 'GenerateRandomRequest'
  | 'GetKeyLastUsageRequest'
  | 'GetKeyPolicyRequest'
  | 'GetKeyRotationStatusRequest'
  | 'GetParametersForImportRequest'
  | 'GetPublicKeyRequest'
  | 'ImportKeyMaterialRequest'
  | 'ListAliasesRequest'
  | 'ListGrantsRequest'
  | 'ListKeyPoliciesRequest'
  | 'ListKeyRotationsRequest'
  | 'ListKeysRequest'
  | 'ListResourceTagsRequest'
  | 'ListRetirableGrantsRequest'
  | 'PutKeyPolicyRequest'
  | 'ReEncryptRequest'
  | 'ReplicateKeyRequest'
  | 'RetireGrantRequest'
  | 'RevokeGrantRequest'
  | 'RotateKeyOnDemandRequest'
  | 'ScheduleKeyDeletionRequest'
  | 'SignRequest'
  | 'TagResourceRequest'
  | 'UntagResourceRequest'
  | 'UpdateAliasRequest'
  | 'UpdateCustomKeyStoreRequest'
  | 'UpdateKeyDescriptionRequest'
  | 'UpdatePrimaryRegionRequest'
  | 'VerifyMacRequest'
  | 'VerifyRequest';

/** The validator of each of those schemas, compiled from spec/ ahead of time. */
export const requestValidators: Readonly<Record<RequestSchema, CompiledValidator>> = {
  ...atStartValidators,
  ...onDemandValidators,
};
