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
  "EnableKeyRotation": {
    "target": "TrentService.EnableKeyRotation",
    "input": "EnableKeyRotationRequest",
    "output": null,
    "errors": [
      "ValidationException",
      "NotFoundException",
      "DisabledException",
      "InvalidArnException",
      "KMSInvalidStateException",
      "UnsupportedOperationException",
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
  "DisableKeyRotation": {
    "target": "TrentService.DisableKeyRotation",
    "input": "DisableKeyRotationRequest",
    "output": null,
    "errors": [
      "ValidationException",
      "NotFoundException",
      "DisabledException",
      "InvalidArnException",
      "KMSInvalidStateException",
      "UnsupportedOperationException",
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
  "GetKeyRotationStatus": {
    "target": "TrentService.GetKeyRotationStatus",
    "input": "GetKeyRotationStatusRequest",
    "output": "GetKeyRotationStatusResponse",
    "errors": [
      "ValidationException",
      "NotFoundException",
      "InvalidArnException",
      "KMSInvalidStateException",
      "UnsupportedOperationException",
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
  "RotateKeyOnDemand": {
    "target": "TrentService.RotateKeyOnDemand",
    "input": "RotateKeyOnDemandRequest",
    "output": "RotateKeyOnDemandResponse",
    "errors": [
      "ValidationException",
      "NotFoundException",
      "DisabledException",
      "InvalidArnException",
      "KMSInvalidStateException",
      "UnsupportedOperationException",
      "LimitExceededException",
      "ConflictException",
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
  "ListKeyRotations": {
    "target": "TrentService.ListKeyRotations",
    "input": "ListKeyRotationsRequest",
    "output": "ListKeyRotationsResponse",
    "errors": [
      "ValidationException",
      "NotFoundException",
      "InvalidArnException",
      "InvalidMarkerException",
      "KMSInvalidStateException",
      "UnsupportedOperationException",
      "SerializationException",
      "AccessDeniedException",
      "MissingAuthenticationTokenException",
      "UnrecognizedClientException",
      "InvalidSignatureException",
      "IncompleteSignatureException",
      "ThrottlingException",
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
  },
  "GetPublicKey": {
    "target": "TrentService.GetPublicKey",
    "input": "GetPublicKeyRequest",
    "output": "GetPublicKeyResponse",
    "errors": [
      "ValidationException",
      "NotFoundException",
      "DisabledException",
      "UnsupportedOperationException",
      "InvalidArnException",
      "InvalidGrantTokenException",
      "InvalidKeyUsageException",
      "KMSInvalidStateException",
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
  "Sign": {
    "target": "TrentService.Sign",
    "input": "SignRequest",
    "output": "SignResponse",
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
  "Verify": {
    "target": "TrentService.Verify",
    "input": "VerifyRequest",
    "output": "VerifyResponse",
    "errors": [
      "ValidationException",
      "NotFoundException",
      "DisabledException",
      "InvalidKeyUsageException",
      "InvalidGrantTokenException",
      "KMSInvalidStateException",
      "KMSInvalidSignatureException",
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
  "GenerateMac": {
    "target": "TrentService.GenerateMac",
    "input": "GenerateMacRequest",
    "output": "GenerateMacResponse",
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
      "KMSInternalException"
    ]
  },
  "VerifyMac": {
    "target": "TrentService.VerifyMac",
    "input": "VerifyMacRequest",
    "output": "VerifyMacResponse",
    "errors": [
      "ValidationException",
      "NotFoundException",
      "DisabledException",
      "InvalidKeyUsageException",
      "InvalidGrantTokenException",
      "KMSInvalidMacException",
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
      "KMSInternalException"
    ]
  },
  "GenerateDataKeyPair": {
    "target": "TrentService.GenerateDataKeyPair",
    "input": "GenerateDataKeyPairRequest",
    "output": "GenerateDataKeyPairResponse",
    "errors": [
      "ValidationException",
      "NotFoundException",
      "DisabledException",
      "InvalidKeyUsageException",
      "InvalidGrantTokenException",
      "KMSInvalidStateException",
      "UnsupportedOperationException",
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
  "GenerateDataKeyPairWithoutPlaintext": {
    "target": "TrentService.GenerateDataKeyPairWithoutPlaintext",
    "input": "GenerateDataKeyPairWithoutPlaintextRequest",
    "output": "GenerateDataKeyPairWithoutPlaintextResponse",
    "errors": [
      "ValidationException",
      "NotFoundException",
      "DisabledException",
      "InvalidKeyUsageException",
      "InvalidGrantTokenException",
      "KMSInvalidStateException",
      "UnsupportedOperationException",
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
  "DeriveSharedSecret": {
    "target": "TrentService.DeriveSharedSecret",
    "input": "DeriveSharedSecretRequest",
    "output": "DeriveSharedSecretResponse",
    "errors": [
      "ValidationException",
      "NotFoundException",
      "DisabledException",
      "InvalidGrantTokenException",
      "InvalidKeyUsageException",
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
  "TagResource": {
    "target": "TrentService.TagResource",
    "input": "TagResourceRequest",
    "output": null,
    "errors": [
      "ValidationException",
      "NotFoundException",
      "InvalidArnException",
      "KMSInvalidStateException",
      "LimitExceededException",
      "TagException",
      "SerializationException",
      "AccessDeniedException",
      "MissingAuthenticationTokenException",
      "UnrecognizedClientException",
      "InvalidSignatureException",
      "IncompleteSignatureException",
      "ThrottlingException",
      "KMSInternalException"
    ]
  },
  "UntagResource": {
    "target": "TrentService.UntagResource",
    "input": "UntagResourceRequest",
    "output": null,
    "errors": [
      "ValidationException",
      "NotFoundException",
      "InvalidArnException",
      "KMSInvalidStateException",
      "TagException",
      "SerializationException",
      "AccessDeniedException",
      "MissingAuthenticationTokenException",
      "UnrecognizedClientException",
      "InvalidSignatureException",
      "IncompleteSignatureException",
      "ThrottlingException",
      "KMSInternalException"
    ]
  },
  "ListResourceTags": {
    "target": "TrentService.ListResourceTags",
    "input": "ListResourceTagsRequest",
    "output": "ListResourceTagsResponse",
    "errors": [
      "ValidationException",
      "NotFoundException",
      "InvalidArnException",
      "InvalidMarkerException",
      "SerializationException",
      "AccessDeniedException",
      "MissingAuthenticationTokenException",
      "UnrecognizedClientException",
      "InvalidSignatureException",
      "IncompleteSignatureException",
      "ThrottlingException",
      "KMSInternalException"
    ]
  },
  "UpdateAlias": {
    "target": "TrentService.UpdateAlias",
    "input": "UpdateAliasRequest",
    "output": null,
    "errors": [
      "ValidationException",
      "NotFoundException",
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
  "UpdateKeyDescription": {
    "target": "TrentService.UpdateKeyDescription",
    "input": "UpdateKeyDescriptionRequest",
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
  "GetKeyPolicy": {
    "target": "TrentService.GetKeyPolicy",
    "input": "GetKeyPolicyRequest",
    "output": "GetKeyPolicyResponse",
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
  "PutKeyPolicy": {
    "target": "TrentService.PutKeyPolicy",
    "input": "PutKeyPolicyRequest",
    "output": null,
    "errors": [
      "ValidationException",
      "NotFoundException",
      "InvalidArnException",
      "MalformedPolicyDocumentException",
      "UnsupportedOperationException",
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
  "ListKeyPolicies": {
    "target": "TrentService.ListKeyPolicies",
    "input": "ListKeyPoliciesRequest",
    "output": "ListKeyPoliciesResponse",
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
  "CreateCustomKeyStore": {
    "target": "TrentService.CreateCustomKeyStore",
    "input": "CreateCustomKeyStoreRequest",
    "output": "CreateCustomKeyStoreResponse",
    "errors": [
      "ValidationException",
      "CloudHsmClusterInUseException",
      "CustomKeyStoreNameInUseException",
      "CloudHsmClusterNotFoundException",
      "CloudHsmClusterNotActiveException",
      "IncorrectTrustAnchorException",
      "CloudHsmClusterInvalidConfigurationException",
      "LimitExceededException",
      "XksProxyUriInUseException",
      "XksProxyUriEndpointInUseException",
      "XksProxyUriUnreachableException",
      "XksProxyIncorrectAuthenticationCredentialException",
      "XksProxyVpcEndpointServiceInUseException",
      "XksProxyVpcEndpointServiceNotFoundException",
      "XksProxyVpcEndpointServiceInvalidConfigurationException",
      "XksProxyInvalidResponseException",
      "XksProxyInvalidConfigurationException",
      "SerializationException",
      "AccessDeniedException",
      "MissingAuthenticationTokenException",
      "UnrecognizedClientException",
      "InvalidSignatureException",
      "IncompleteSignatureException",
      "ThrottlingException",
      "KMSInternalException"
    ]
  },
  "ConnectCustomKeyStore": {
    "target": "TrentService.ConnectCustomKeyStore",
    "input": "ConnectCustomKeyStoreRequest",
    "output": "ConnectCustomKeyStoreResponse",
    "errors": [
      "ValidationException",
      "CloudHsmClusterNotActiveException",
      "CustomKeyStoreInvalidStateException",
      "CustomKeyStoreNotFoundException",
      "CloudHsmClusterInvalidConfigurationException",
      "SerializationException",
      "AccessDeniedException",
      "MissingAuthenticationTokenException",
      "UnrecognizedClientException",
      "InvalidSignatureException",
      "IncompleteSignatureException",
      "ThrottlingException",
      "KMSInternalException"
    ]
  },
  "DisconnectCustomKeyStore": {
    "target": "TrentService.DisconnectCustomKeyStore",
    "input": "DisconnectCustomKeyStoreRequest",
    "output": "DisconnectCustomKeyStoreResponse",
    "errors": [
      "ValidationException",
      "CustomKeyStoreInvalidStateException",
      "CustomKeyStoreNotFoundException",
      "SerializationException",
      "AccessDeniedException",
      "MissingAuthenticationTokenException",
      "UnrecognizedClientException",
      "InvalidSignatureException",
      "IncompleteSignatureException",
      "ThrottlingException",
      "KMSInternalException"
    ]
  },
  "UpdateCustomKeyStore": {
    "target": "TrentService.UpdateCustomKeyStore",
    "input": "UpdateCustomKeyStoreRequest",
    "output": "UpdateCustomKeyStoreResponse",
    "errors": [
      "ValidationException",
      "CustomKeyStoreNotFoundException",
      "CustomKeyStoreNameInUseException",
      "CloudHsmClusterNotFoundException",
      "CloudHsmClusterNotRelatedException",
      "CustomKeyStoreInvalidStateException",
      "CloudHsmClusterNotActiveException",
      "CloudHsmClusterInvalidConfigurationException",
      "XksProxyUriInUseException",
      "XksProxyUriEndpointInUseException",
      "XksProxyUriUnreachableException",
      "XksProxyIncorrectAuthenticationCredentialException",
      "XksProxyVpcEndpointServiceInUseException",
      "XksProxyVpcEndpointServiceNotFoundException",
      "XksProxyVpcEndpointServiceInvalidConfigurationException",
      "XksProxyInvalidResponseException",
      "XksProxyInvalidConfigurationException",
      "SerializationException",
      "AccessDeniedException",
      "MissingAuthenticationTokenException",
      "UnrecognizedClientException",
      "InvalidSignatureException",
      "IncompleteSignatureException",
      "ThrottlingException",
      "KMSInternalException"
    ]
  },
  "DeleteCustomKeyStore": {
    "target": "TrentService.DeleteCustomKeyStore",
    "input": "DeleteCustomKeyStoreRequest",
    "output": "DeleteCustomKeyStoreResponse",
    "errors": [
      "ValidationException",
      "CustomKeyStoreHasCMKsException",
      "CustomKeyStoreInvalidStateException",
      "CustomKeyStoreNotFoundException",
      "SerializationException",
      "AccessDeniedException",
      "MissingAuthenticationTokenException",
      "UnrecognizedClientException",
      "InvalidSignatureException",
      "IncompleteSignatureException",
      "ThrottlingException",
      "KMSInternalException"
    ]
  },
  "DescribeCustomKeyStores": {
    "target": "TrentService.DescribeCustomKeyStores",
    "input": "DescribeCustomKeyStoresRequest",
    "output": "DescribeCustomKeyStoresResponse",
    "errors": [
      "ValidationException",
      "CustomKeyStoreNotFoundException",
      "InvalidMarkerException",
      "SerializationException",
      "AccessDeniedException",
      "MissingAuthenticationTokenException",
      "UnrecognizedClientException",
      "InvalidSignatureException",
      "IncompleteSignatureException",
      "ThrottlingException",
      "KMSInternalException"
    ]
  },
  "GetKeyLastUsage": {
    "target": "TrentService.GetKeyLastUsage",
    "input": "GetKeyLastUsageRequest",
    "output": "GetKeyLastUsageResponse",
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
  "ReplicateKey": {
    "target": "TrentService.ReplicateKey",
    "input": "ReplicateKeyRequest",
    "output": "ReplicateKeyResponse",
    "errors": [
      "ValidationException",
      "NotFoundException",
      "DisabledException",
      "KMSInvalidStateException",
      "InvalidArnException",
      "AlreadyExistsException",
      "UnsupportedOperationException",
      "MalformedPolicyDocumentException",
      "LimitExceededException",
      "TagException",
      "SerializationException",
      "AccessDeniedException",
      "MissingAuthenticationTokenException",
      "UnrecognizedClientException",
      "InvalidSignatureException",
      "IncompleteSignatureException",
      "ThrottlingException",
      "KMSInternalException"
    ]
  },
  "UpdatePrimaryRegion": {
    "target": "TrentService.UpdatePrimaryRegion",
    "input": "UpdatePrimaryRegionRequest",
    "output": null,
    "errors": [
      "ValidationException",
      "NotFoundException",
      "DisabledException",
      "KMSInvalidStateException",
      "InvalidArnException",
      "UnsupportedOperationException",
      "SerializationException",
      "AccessDeniedException",
      "MissingAuthenticationTokenException",
      "UnrecognizedClientException",
      "InvalidSignatureException",
      "IncompleteSignatureException",
      "ThrottlingException",
      "KMSInternalException"
    ]
  },
  "GetParametersForImport": {
    "target": "TrentService.GetParametersForImport",
    "input": "GetParametersForImportRequest",
    "output": "GetParametersForImportResponse",
    "errors": [
      "ValidationException",
      "InvalidArnException",
      "UnsupportedOperationException",
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
  "ImportKeyMaterial": {
    "target": "TrentService.ImportKeyMaterial",
    "input": "ImportKeyMaterialRequest",
    "output": "ImportKeyMaterialResponse",
    "errors": [
      "ValidationException",
      "InvalidArnException",
      "UnsupportedOperationException",
      "NotFoundException",
      "KMSInvalidStateException",
      "InvalidCiphertextException",
      "IncorrectKeyMaterialException",
      "ExpiredImportTokenException",
      "InvalidImportTokenException",
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
  "DeleteImportedKeyMaterial": {
    "target": "TrentService.DeleteImportedKeyMaterial",
    "input": "DeleteImportedKeyMaterialRequest",
    "output": "DeleteImportedKeyMaterialResponse",
    "errors": [
      "ValidationException",
      "InvalidArnException",
      "UnsupportedOperationException",
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
  "CreateGrant": {
    "target": "TrentService.CreateGrant",
    "input": "CreateGrantRequest",
    "output": "CreateGrantResponse",
    "errors": [
      "ValidationException",
      "NotFoundException",
      "DisabledException",
      "InvalidArnException",
      "InvalidGrantTokenException",
      "LimitExceededException",
      "KMSInvalidStateException",
      "DryRunOperationException",
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
  "ListGrants": {
    "target": "TrentService.ListGrants",
    "input": "ListGrantsRequest",
    "output": "ListGrantsResponse",
    "errors": [
      "ValidationException",
      "NotFoundException",
      "InvalidMarkerException",
      "InvalidGrantIdException",
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
  "ListRetirableGrants": {
    "target": "TrentService.ListRetirableGrants",
    "input": "ListRetirableGrantsRequest",
    "output": "ListGrantsResponse",
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
  },
  "RetireGrant": {
    "target": "TrentService.RetireGrant",
    "input": "RetireGrantRequest",
    "output": null,
    "errors": [
      "ValidationException",
      "InvalidArnException",
      "InvalidGrantTokenException",
      "InvalidGrantIdException",
      "NotFoundException",
      "KMSInvalidStateException",
      "DryRunOperationException",
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
  "RevokeGrant": {
    "target": "TrentService.RevokeGrant",
    "input": "RevokeGrantRequest",
    "output": null,
    "errors": [
      "ValidationException",
      "NotFoundException",
      "InvalidArnException",
      "InvalidGrantIdException",
      "KMSInvalidStateException",
      "DryRunOperationException",
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
  "EnableKeyRotation": false,
  "DisableKeyRotation": false,
  "GetKeyRotationStatus": true,
  "RotateKeyOnDemand": true,
  "ListKeyRotations": true,
  "CreateAlias": false,
  "DeleteAlias": false,
  "ListAliases": true,
  "GetPublicKey": true,
  "Sign": true,
  "Verify": true,
  "GenerateMac": true,
  "VerifyMac": true,
  "GenerateDataKeyPair": true,
  "GenerateDataKeyPairWithoutPlaintext": true,
  "DeriveSharedSecret": true,
  "TagResource": false,
  "UntagResource": false,
  "ListResourceTags": true,
  "UpdateAlias": false,
  "UpdateKeyDescription": false,
  "GetKeyPolicy": true,
  "PutKeyPolicy": false,
  "ListKeyPolicies": true,
  "CreateCustomKeyStore": true,
  "ConnectCustomKeyStore": true,
  "DisconnectCustomKeyStore": true,
  "UpdateCustomKeyStore": true,
  "DeleteCustomKeyStore": true,
  "DescribeCustomKeyStores": true,
  "GetKeyLastUsage": true,
  "ReplicateKey": true,
  "UpdatePrimaryRegion": false,
  "GetParametersForImport": true,
  "ImportKeyMaterial": true,
  "DeleteImportedKeyMaterial": true,
  "CreateGrant": true,
  "ListGrants": true,
  "ListRetirableGrants": true,
  "RetireGrant": false,
  "RevokeGrant": false
} as const;

/** The HTTP status the contract gives each error name (400 client error, 500 server fault). */
export const errorStatus = {
  "AccessDeniedException": 400,
  "AlreadyExistsException": 400,
  "CloudHsmClusterInUseException": 400,
  "CloudHsmClusterInvalidConfigurationException": 400,
  "CloudHsmClusterNotActiveException": 400,
  "CloudHsmClusterNotFoundException": 400,
  "CloudHsmClusterNotRelatedException": 400,
  "ConflictException": 400,
  "CustomKeyStoreHasCMKsException": 400,
  "CustomKeyStoreInvalidStateException": 400,
  "CustomKeyStoreNameInUseException": 400,
  "CustomKeyStoreNotFoundException": 400,
  "DependencyTimeoutException": 500,
  "DisabledException": 400,
  "DryRunOperationException": 400,
  "ExpiredImportTokenException": 400,
  "IncompleteSignatureException": 400,
  "IncorrectKeyException": 400,
  "IncorrectKeyMaterialException": 400,
  "IncorrectTrustAnchorException": 400,
  "InvalidAliasNameException": 400,
  "InvalidArnException": 400,
  "InvalidCiphertextException": 400,
  "InvalidGrantIdException": 400,
  "InvalidGrantTokenException": 400,
  "InvalidImportTokenException": 400,
  "InvalidKeyUsageException": 400,
  "InvalidMarkerException": 400,
  "InvalidSignatureException": 400,
  "KeyUnavailableException": 500,
  "KMSInternalException": 500,
  "KMSInvalidMacException": 400,
  "KMSInvalidSignatureException": 400,
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
  "XksKeyNotFoundException": 400,
  "XksProxyIncorrectAuthenticationCredentialException": 400,
  "XksProxyInvalidConfigurationException": 400,
  "XksProxyInvalidResponseException": 400,
  "XksProxyUriEndpointInUseException": 400,
  "XksProxyUriInUseException": 400,
  "XksProxyUriUnreachableException": 400,
  "XksProxyVpcEndpointServiceInUseException": 400,
  "XksProxyVpcEndpointServiceInvalidConfigurationException": 400,
  "XksProxyVpcEndpointServiceNotFoundException": 400
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
  EnableKeyRotation: {
    input: components['schemas']['EnableKeyRotationRequest'];
    output: undefined;
  };
  DisableKeyRotation: {
    input: components['schemas']['DisableKeyRotationRequest'];
    output: undefined;
  };
  GetKeyRotationStatus: {
    input: components['schemas']['GetKeyRotationStatusRequest'];
    output: components['schemas']['GetKeyRotationStatusResponse'];
  };
  RotateKeyOnDemand: {
    input: components['schemas']['RotateKeyOnDemandRequest'];
    output: components['schemas']['RotateKeyOnDemandResponse'];
  };
  ListKeyRotations: {
    input: components['schemas']['ListKeyRotationsRequest'];
    output: components['schemas']['ListKeyRotationsResponse'];
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
  GetPublicKey: {
    input: components['schemas']['GetPublicKeyRequest'];
    output: components['schemas']['GetPublicKeyResponse'];
  };
  Sign: {
    input: components['schemas']['SignRequest'];
    output: components['schemas']['SignResponse'];
  };
  Verify: {
    input: components['schemas']['VerifyRequest'];
    output: components['schemas']['VerifyResponse'];
  };
  GenerateMac: {
    input: components['schemas']['GenerateMacRequest'];
    output: components['schemas']['GenerateMacResponse'];
  };
  VerifyMac: {
    input: components['schemas']['VerifyMacRequest'];
    output: components['schemas']['VerifyMacResponse'];
  };
  GenerateDataKeyPair: {
    input: components['schemas']['GenerateDataKeyPairRequest'];
    output: components['schemas']['GenerateDataKeyPairResponse'];
  };
  GenerateDataKeyPairWithoutPlaintext: {
    input: components['schemas']['GenerateDataKeyPairWithoutPlaintextRequest'];
    output: components['schemas']['GenerateDataKeyPairWithoutPlaintextResponse'];
  };
  DeriveSharedSecret: {
    input: components['schemas']['DeriveSharedSecretRequest'];
    output: components['schemas']['DeriveSharedSecretResponse'];
  };
  TagResource: {
    input: components['schemas']['TagResourceRequest'];
    output: undefined;
  };
  UntagResource: {
    input: components['schemas']['UntagResourceRequest'];
    output: undefined;
  };
  ListResourceTags: {
    input: components['schemas']['ListResourceTagsRequest'];
    output: components['schemas']['ListResourceTagsResponse'];
  };
  UpdateAlias: {
    input: components['schemas']['UpdateAliasRequest'];
    output: undefined;
  };
  UpdateKeyDescription: {
    input: components['schemas']['UpdateKeyDescriptionRequest'];
    output: undefined;
  };
  GetKeyPolicy: {
    input: components['schemas']['GetKeyPolicyRequest'];
    output: components['schemas']['GetKeyPolicyResponse'];
  };
  PutKeyPolicy: {
    input: components['schemas']['PutKeyPolicyRequest'];
    output: undefined;
  };
  ListKeyPolicies: {
    input: components['schemas']['ListKeyPoliciesRequest'];
    output: components['schemas']['ListKeyPoliciesResponse'];
  };
  CreateCustomKeyStore: {
    input: components['schemas']['CreateCustomKeyStoreRequest'];
    output: components['schemas']['CreateCustomKeyStoreResponse'];
  };
  ConnectCustomKeyStore: {
    input: components['schemas']['ConnectCustomKeyStoreRequest'];
    output: components['schemas']['ConnectCustomKeyStoreResponse'];
  };
  DisconnectCustomKeyStore: {
    input: components['schemas']['DisconnectCustomKeyStoreRequest'];
    output: components['schemas']['DisconnectCustomKeyStoreResponse'];
  };
  UpdateCustomKeyStore: {
    input: components['schemas']['UpdateCustomKeyStoreRequest'];
    output: components['schemas']['UpdateCustomKeyStoreResponse'];
  };
  DeleteCustomKeyStore: {
    input: components['schemas']['DeleteCustomKeyStoreRequest'];
    output: components['schemas']['DeleteCustomKeyStoreResponse'];
  };
  DescribeCustomKeyStores: {
    input: components['schemas']['DescribeCustomKeyStoresRequest'];
    output: components['schemas']['DescribeCustomKeyStoresResponse'];
  };
  GetKeyLastUsage: {
    input: components['schemas']['GetKeyLastUsageRequest'];
    output: components['schemas']['GetKeyLastUsageResponse'];
  };
  ReplicateKey: {
    input: components['schemas']['ReplicateKeyRequest'];
    output: components['schemas']['ReplicateKeyResponse'];
  };
  UpdatePrimaryRegion: {
    input: components['schemas']['UpdatePrimaryRegionRequest'];
    output: undefined;
  };
  GetParametersForImport: {
    input: components['schemas']['GetParametersForImportRequest'];
    output: components['schemas']['GetParametersForImportResponse'];
  };
  ImportKeyMaterial: {
    input: components['schemas']['ImportKeyMaterialRequest'];
    output: components['schemas']['ImportKeyMaterialResponse'];
  };
  DeleteImportedKeyMaterial: {
    input: components['schemas']['DeleteImportedKeyMaterialRequest'];
    output: components['schemas']['DeleteImportedKeyMaterialResponse'];
  };
  CreateGrant: {
    input: components['schemas']['CreateGrantRequest'];
    output: components['schemas']['CreateGrantResponse'];
  };
  ListGrants: {
    input: components['schemas']['ListGrantsRequest'];
    output: components['schemas']['ListGrantsResponse'];
  };
  ListRetirableGrants: {
    input: components['schemas']['ListRetirableGrantsRequest'];
    output: components['schemas']['ListGrantsResponse'];
  };
  RetireGrant: {
    input: components['schemas']['RetireGrantRequest'];
    output: undefined;
  };
  RevokeGrant: {
    input: components['schemas']['RevokeGrantRequest'];
    output: undefined;
  };
}

export type OperationInput<Op extends OperationName> = OperationShapes[Op]['input'];
export type OperationOutput<Op extends OperationName> = OperationShapes[Op]['output'];
