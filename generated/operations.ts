// Generated from spec/kms.openapi.yaml by `npm run generate`; do not edit.
/* eslint-disable */
import type { components } from './types.js';

/** Every operation of the contract: its X-Amz-Target, request and response schema names, and the errors it declares. */
export const operations = {
  "GenerateDataKey": {
    "target": "TrentService.GenerateDataKey",
    "input": "GenerateDataKeyRequest",
    "output": "GenerateDataKeyResponse",
    "errors": [
      "ValidationException",
      "NotFoundException",
      "DisabledException",
      "InvalidKeyUsageException",
      "InvalidGrantTokenException",
      "KMSInvalidStateException",
      "DryRunOperationException",
      "SerializationException",
      "AccessDeniedException",
      "MissingAuthenticationTokenException",
      "UnrecognizedClientException",
      "InvalidSignatureException",
      "IncompleteSignatureException",
      "ThrottlingException",
      "KeyUnavailableException",
      "DependencyTimeoutException",
      "KMSInternalException"
    ]
  },
  "GenerateDataKeyWithoutPlaintext": {
    "target": "TrentService.GenerateDataKeyWithoutPlaintext",
    "input": "GenerateDataKeyWithoutPlaintextRequest",
    "output": "GenerateDataKeyWithoutPlaintextResponse",
    "errors": [
      "ValidationException",
      "NotFoundException",
      "DisabledException",
      "InvalidKeyUsageException",
      "InvalidGrantTokenException",
      "KMSInvalidStateException",
      "DryRunOperationException",
      "SerializationException",
      "AccessDeniedException",
      "MissingAuthenticationTokenException",
      "UnrecognizedClientException",
      "InvalidSignatureException",
      "IncompleteSignatureException",
      "ThrottlingException",
      "KeyUnavailableException",
      "DependencyTimeoutException",
      "KMSInternalException"
    ]
  },
  "Decrypt": {
    "target": "TrentService.Decrypt",
    "input": "DecryptRequest",
    "output": "DecryptResponse",
    "errors": [
      "ValidationException",
      "NotFoundException",
      "DisabledException",
      "InvalidCiphertextException",
      "IncorrectKeyException",
      "InvalidKeyUsageException",
      "InvalidGrantTokenException",
      "KMSInvalidStateException",
      "DryRunOperationException",
      "SerializationException",
      "AccessDeniedException",
      "MissingAuthenticationTokenException",
      "UnrecognizedClientException",
      "InvalidSignatureException",
      "IncompleteSignatureException",
      "ThrottlingException",
      "KeyUnavailableException",
      "DependencyTimeoutException",
      "KMSInternalException"
    ]
  },
  "Encrypt": {
    "target": "TrentService.Encrypt",
    "input": "EncryptRequest",
    "output": "EncryptResponse",
    "errors": [
      "ValidationException",
      "NotFoundException",
      "DisabledException",
      "InvalidKeyUsageException",
      "InvalidGrantTokenException",
      "KMSInvalidStateException",
      "DryRunOperationException",
      "SerializationException",
      "AccessDeniedException",
      "MissingAuthenticationTokenException",
      "UnrecognizedClientException",
      "InvalidSignatureException",
      "IncompleteSignatureException",
      "ThrottlingException",
      "KeyUnavailableException",
      "DependencyTimeoutException",
      "KMSInternalException"
    ]
  },
  "ReEncrypt": {
    "target": "TrentService.ReEncrypt",
    "input": "ReEncryptRequest",
    "output": "ReEncryptResponse",
    "errors": [
      "ValidationException",
      "NotFoundException",
      "DisabledException",
      "InvalidCiphertextException",
      "IncorrectKeyException",
      "InvalidKeyUsageException",
      "InvalidGrantTokenException",
      "KMSInvalidStateException",
      "DryRunOperationException",
      "SerializationException",
      "AccessDeniedException",
      "MissingAuthenticationTokenException",
      "UnrecognizedClientException",
      "InvalidSignatureException",
      "IncompleteSignatureException",
      "ThrottlingException",
      "KeyUnavailableException",
      "DependencyTimeoutException",
      "KMSInternalException"
    ]
  },
  "GenerateRandom": {
    "target": "TrentService.GenerateRandom",
    "input": "GenerateRandomRequest",
    "output": "GenerateRandomResponse",
    "errors": [
      "ValidationException",
      "UnsupportedOperationException",
      "CustomKeyStoreNotFoundException",
      "CustomKeyStoreInvalidStateException",
      "SerializationException",
      "AccessDeniedException",
      "MissingAuthenticationTokenException",
      "UnrecognizedClientException",
      "InvalidSignatureException",
      "IncompleteSignatureException",
      "ThrottlingException",
      "DependencyTimeoutException",
      "KMSInternalException"
    ]
  },
  "CreateKey": {
    "target": "TrentService.CreateKey",
    "input": "CreateKeyRequest",
    "output": "CreateKeyResponse",
    "errors": [
      "ValidationException",
      "MalformedPolicyDocumentException",
      "InvalidArnException",
      "UnsupportedOperationException",
      "LimitExceededException",
      "TagException",
      "CustomKeyStoreNotFoundException",
      "CustomKeyStoreInvalidStateException",
      "CloudHsmClusterInvalidConfigurationException",
      "XksKeyInvalidConfigurationException",
      "XksKeyAlreadyInUseException",
      "XksKeyNotFoundException",
      "SerializationException",
      "AccessDeniedException",
      "MissingAuthenticationTokenException",
      "UnrecognizedClientException",
      "InvalidSignatureException",
      "IncompleteSignatureException",
      "ThrottlingException",
      "DependencyTimeoutException",
      "KMSInternalException"
    ]
  },
  "DescribeKey": {
    "target": "TrentService.DescribeKey",
    "input": "DescribeKeyRequest",
    "output": "DescribeKeyResponse",
    "errors": [
      "ValidationException",
      "NotFoundException",
      "InvalidArnException",
      "SerializationException",
      "AccessDeniedException",
      "MissingAuthenticationTokenException",
      "UnrecognizedClientException",
      "InvalidSignatureException",
      "IncompleteSignatureException",
      "ThrottlingException",
      "DependencyTimeoutException",
      "KMSInternalException"
    ]
  },
  "ListKeys": {
    "target": "TrentService.ListKeys",
    "input": "ListKeysRequest",
    "output": "ListKeysResponse",
    "errors": [
      "ValidationException",
      "InvalidMarkerException",
      "SerializationException",
      "AccessDeniedException",
      "MissingAuthenticationTokenException",
      "UnrecognizedClientException",
      "InvalidSignatureException",
      "IncompleteSignatureException",
      "ThrottlingException",
      "DependencyTimeoutException",
      "KMSInternalException"
    ]
  },
  "EnableKey": {
    "target": "TrentService.EnableKey",
    "input": "EnableKeyRequest",
    "output": null,
    "errors": [
      "ValidationException",
      "NotFoundException",
      "InvalidArnException",
      "LimitExceededException",
      "KMSInvalidStateException",
      "SerializationException",
      "AccessDeniedException",
      "MissingAuthenticationTokenException",
      "UnrecognizedClientException",
      "InvalidSignatureException",
      "IncompleteSignatureException",
      "ThrottlingException",
      "DependencyTimeoutException",
      "KMSInternalException"
    ]
  },
  "DisableKey": {
    "target": "TrentService.DisableKey",
    "input": "DisableKeyRequest",
    "output": null,
    "errors": [
      "ValidationException",
      "NotFoundException",
      "InvalidArnException",
      "KMSInvalidStateException",
      "SerializationException",
      "AccessDeniedException",
      "MissingAuthenticationTokenException",
      "UnrecognizedClientException",
      "InvalidSignatureException",
      "IncompleteSignatureException",
      "ThrottlingException",
      "DependencyTimeoutException",
      "KMSInternalException"
    ]
  },
  "ScheduleKeyDeletion": {
    "target": "TrentService.ScheduleKeyDeletion",
    "input": "ScheduleKeyDeletionRequest",
    "output": "ScheduleKeyDeletionResponse",
    "errors": [
      "ValidationException",
      "NotFoundException",
      "InvalidArnException",
      "KMSInvalidStateException",
      "SerializationException",
      "AccessDeniedException",
      "MissingAuthenticationTokenException",
      "UnrecognizedClientException",
      "InvalidSignatureException",
      "IncompleteSignatureException",
      "ThrottlingException",
      "DependencyTimeoutException",
      "KMSInternalException"
    ]
  },
  "CancelKeyDeletion": {
    "target": "TrentService.CancelKeyDeletion",
    "input": "CancelKeyDeletionRequest",
    "output": "CancelKeyDeletionResponse",
    "errors": [
      "ValidationException",
      "NotFoundException",
      "InvalidArnException",
      "KMSInvalidStateException",
      "SerializationException",
      "AccessDeniedException",
      "MissingAuthenticationTokenException",
      "UnrecognizedClientException",
      "InvalidSignatureException",
      "IncompleteSignatureException",
      "ThrottlingException",
      "DependencyTimeoutException",
      "KMSInternalException"
    ]
  },
  "CreateAlias": {
    "target": "TrentService.CreateAlias",
    "input": "CreateAliasRequest",
    "output": null,
    "errors": [
      "ValidationException",
      "AlreadyExistsException",
      "NotFoundException",
      "InvalidAliasNameException",
      "LimitExceededException",
      "KMSInvalidStateException",
      "SerializationException",
      "AccessDeniedException",
      "MissingAuthenticationTokenException",
      "UnrecognizedClientException",
      "InvalidSignatureException",
      "IncompleteSignatureException",
      "ThrottlingException",
      "DependencyTimeoutException",
      "KMSInternalException"
    ]
  },
  "DeleteAlias": {
    "target": "TrentService.DeleteAlias",
    "input": "DeleteAliasRequest",
    "output": null,
    "errors": [
      "ValidationException",
      "NotFoundException",
      "KMSInvalidStateException",
      "SerializationException",
      "AccessDeniedException",
      "MissingAuthenticationTokenException",
      "UnrecognizedClientException",
      "InvalidSignatureException",
      "IncompleteSignatureException",
      "ThrottlingException",
      "DependencyTimeoutException",
      "KMSInternalException"
    ]
  },
  "ListAliases": {
    "target": "TrentService.ListAliases",
    "input": "ListAliasesRequest",
    "output": "ListAliasesResponse",
    "errors": [
      "ValidationException",
      "InvalidMarkerException",
      "InvalidArnException",
      "NotFoundException",
      "SerializationException",
      "AccessDeniedException",
      "MissingAuthenticationTokenException",
      "UnrecognizedClientException",
      "InvalidSignatureException",
      "IncompleteSignatureException",
      "ThrottlingException",
      "DependencyTimeoutException",
      "KMSInternalException"
    ]
  }
} as const;

export type OperationName = keyof typeof operations;

/**
 * Whether each operation's reply has a body (`output` above is not null): the one fact of the
 * table a client needs, apart so a bundle can carry it without the rest.
 */
export const hasOutput = {
  "GenerateDataKey": true,
  "GenerateDataKeyWithoutPlaintext": true,
  "Decrypt": true,
  "Encrypt": true,
  "ReEncrypt": true,
  "GenerateRandom": true,
  "CreateKey": true,
  "DescribeKey": true,
  "ListKeys": true,
  "EnableKey": false,
  "DisableKey": false,
  "ScheduleKeyDeletion": true,
  "CancelKeyDeletion": true,
  "CreateAlias": false,
  "DeleteAlias": false,
  "ListAliases": true
} as const;

/** The HTTP status the contract gives each error name (400 client error, 500 server fault). */
export const errorStatus = {
  "AccessDeniedException": 400,
  "AlreadyExistsException": 400,
  "CloudHsmClusterInvalidConfigurationException": 400,
  "CustomKeyStoreInvalidStateException": 400,
  "CustomKeyStoreNotFoundException": 400,
  "DependencyTimeoutException": 500,
  "DisabledException": 400,
  "DryRunOperationException": 400,
  "IncompleteSignatureException": 400,
  "IncorrectKeyException": 400,
  "InvalidAliasNameException": 400,
  "InvalidArnException": 400,
  "InvalidCiphertextException": 400,
  "InvalidGrantTokenException": 400,
  "InvalidKeyUsageException": 400,
  "InvalidMarkerException": 400,
  "InvalidSignatureException": 400,
  "KeyUnavailableException": 500,
  "KMSInternalException": 500,
  "KMSInvalidStateException": 400,
  "LimitExceededException": 400,
  "MalformedPolicyDocumentException": 400,
  "MissingAuthenticationTokenException": 400,
  "NotFoundException": 400,
  "SerializationException": 400,
  "TagException": 400,
  "ThrottlingException": 400,
  "UnrecognizedClientException": 400,
  "UnsupportedOperationException": 400,
  "ValidationException": 400,
  "XksKeyAlreadyInUseException": 400,
  "XksKeyInvalidConfigurationException": 400,
  "XksKeyNotFoundException": 400
} as const;

export type ContractErrorName = keyof typeof errorStatus;

/** Request and response body types per operation (`output: undefined` when the reply body is empty). */
export interface OperationShapes {
  GenerateDataKey: {
    input: components['schemas']['GenerateDataKeyRequest'];
    output: components['schemas']['GenerateDataKeyResponse'];
  };
  GenerateDataKeyWithoutPlaintext: {
    input: components['schemas']['GenerateDataKeyWithoutPlaintextRequest'];
    output: components['schemas']['GenerateDataKeyWithoutPlaintextResponse'];
  };
  Decrypt: {
    input: components['schemas']['DecryptRequest'];
    output: components['schemas']['DecryptResponse'];
  };
  Encrypt: {
    input: components['schemas']['EncryptRequest'];
    output: components['schemas']['EncryptResponse'];
  };
  ReEncrypt: {
    input: components['schemas']['ReEncryptRequest'];
    output: components['schemas']['ReEncryptResponse'];
  };
  GenerateRandom: {
    input: components['schemas']['GenerateRandomRequest'];
    output: components['schemas']['GenerateRandomResponse'];
  };
  CreateKey: {
    input: components['schemas']['CreateKeyRequest'];
    output: components['schemas']['CreateKeyResponse'];
  };
  DescribeKey: {
    input: components['schemas']['DescribeKeyRequest'];
    output: components['schemas']['DescribeKeyResponse'];
  };
  ListKeys: {
    input: components['schemas']['ListKeysRequest'];
    output: components['schemas']['ListKeysResponse'];
  };
  EnableKey: {
    input: components['schemas']['EnableKeyRequest'];
    output: undefined;
  };
  DisableKey: {
    input: components['schemas']['DisableKeyRequest'];
    output: undefined;
  };
  ScheduleKeyDeletion: {
    input: components['schemas']['ScheduleKeyDeletionRequest'];
    output: components['schemas']['ScheduleKeyDeletionResponse'];
  };
  CancelKeyDeletion: {
    input: components['schemas']['CancelKeyDeletionRequest'];
    output: components['schemas']['CancelKeyDeletionResponse'];
  };
  CreateAlias: {
    input: components['schemas']['CreateAliasRequest'];
    output: undefined;
  };
  DeleteAlias: {
    input: components['schemas']['DeleteAliasRequest'];
    output: undefined;
  };
  ListAliases: {
    input: components['schemas']['ListAliasesRequest'];
    output: components['schemas']['ListAliasesResponse'];
  };
}

export type OperationInput<Op extends OperationName> = OperationShapes[Op]['input'];
export type OperationOutput<Op extends OperationName> = OperationShapes[Op]['output'];
