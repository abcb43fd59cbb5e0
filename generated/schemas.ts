// Generated from spec/kms.openapi.yaml by `npm run generate`; do not edit.
/* eslint-disable */

/** The $id under which the component schemas are registered with ajv. */
export const schemaId = "https://kms-contract.dev/schemas/kms.json";

/** Every component schema of the spec, as a JSON Schema 2020-12 document. */
export const schemaDocument = {
  "$id": "https://kms-contract.dev/schemas/kms.json",
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$defs": {
    "GenerateDataKeyRequest": {
      "type": "object",
      "required": [
        "KeyId"
      ],
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "EncryptionContext": {
          "$ref": "#/$defs/EncryptionContextType"
        },
        "NumberOfBytes": {
          "$ref": "#/$defs/NumberOfBytesType"
        },
        "KeySpec": {
          "$ref": "#/$defs/DataKeySpec"
        },
        "GrantTokens": {
          "$ref": "#/$defs/GrantTokenList"
        },
        "Recipient": {
          "$ref": "#/$defs/RecipientInfo"
        },
        "DryRun": {
          "$ref": "#/$defs/NullableBooleanType"
        }
      }
    },
    "KeyIdType": {
      "type": "string",
      "minLength": 1,
      "maxLength": 2048
    },
    "EncryptionContextType": {
      "type": "object",
      "propertyNames": {
        "$ref": "#/$defs/EncryptionContextKey"
      },
      "additionalProperties": {
        "$ref": "#/$defs/EncryptionContextValue"
      }
    },
    "EncryptionContextKey": {
      "type": "string"
    },
    "EncryptionContextValue": {
      "type": "string"
    },
    "NumberOfBytesType": {
      "type": "integer",
      "minimum": 1,
      "maximum": 1024
    },
    "DataKeySpec": {
      "type": "string",
      "enum": [
        "AES_256",
        "AES_128"
      ]
    },
    "GrantTokenList": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/GrantTokenType"
      },
      "minItems": 0,
      "maxItems": 10
    },
    "GrantTokenType": {
      "type": "string",
      "minLength": 1,
      "maxLength": 8192
    },
    "RecipientInfo": {
      "type": "object",
      "properties": {
        "KeyEncryptionAlgorithm": {
          "$ref": "#/$defs/KeyEncryptionMechanism"
        },
        "AttestationDocument": {
          "$ref": "#/$defs/AttestationDocumentType"
        }
      }
    },
    "KeyEncryptionMechanism": {
      "type": "string",
      "enum": [
        "RSAES_OAEP_SHA_256"
      ]
    },
    "AttestationDocumentType": {
      "type": "string",
      "contentEncoding": "base64",
      "pattern": "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/][AQgw]==|[A-Za-z0-9+/]{2}[AEIMQUYcgkosw048]=)?$",
      "x-minBytes": 1,
      "minLength": 4,
      "x-maxBytes": 262144,
      "maxLength": 349528
    },
    "NullableBooleanType": {
      "type": "boolean"
    },
    "GenerateDataKeyResponse": {
      "type": "object",
      "properties": {
        "CiphertextBlob": {
          "$ref": "#/$defs/CiphertextType"
        },
        "Plaintext": {
          "$ref": "#/$defs/PlaintextType"
        },
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "CiphertextForRecipient": {
          "$ref": "#/$defs/CiphertextType"
        },
        "KeyMaterialId": {
          "$ref": "#/$defs/BackingKeyIdType"
        }
      }
    },
    "CiphertextType": {
      "type": "string",
      "contentEncoding": "base64",
      "pattern": "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/][AQgw]==|[A-Za-z0-9+/]{2}[AEIMQUYcgkosw048]=)?$",
      "x-minBytes": 1,
      "minLength": 4,
      "x-maxBytes": 6144,
      "maxLength": 8192
    },
    "PlaintextType": {
      "type": "string",
      "contentEncoding": "base64",
      "pattern": "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/][AQgw]==|[A-Za-z0-9+/]{2}[AEIMQUYcgkosw048]=)?$",
      "x-minBytes": 1,
      "minLength": 4,
      "x-maxBytes": 4096,
      "maxLength": 5464,
      "x-sensitive": true
    },
    "BackingKeyIdType": {
      "type": "string",
      "minLength": 64,
      "maxLength": 64,
      "pattern": "^[a-f0-9]+$"
    },
    "GenerateDataKeyWithoutPlaintextRequest": {
      "type": "object",
      "required": [
        "KeyId"
      ],
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "EncryptionContext": {
          "$ref": "#/$defs/EncryptionContextType"
        },
        "KeySpec": {
          "$ref": "#/$defs/DataKeySpec"
        },
        "NumberOfBytes": {
          "$ref": "#/$defs/NumberOfBytesType"
        },
        "GrantTokens": {
          "$ref": "#/$defs/GrantTokenList"
        },
        "DryRun": {
          "$ref": "#/$defs/NullableBooleanType"
        }
      }
    },
    "GenerateDataKeyWithoutPlaintextResponse": {
      "type": "object",
      "properties": {
        "CiphertextBlob": {
          "$ref": "#/$defs/CiphertextType"
        },
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "KeyMaterialId": {
          "$ref": "#/$defs/BackingKeyIdType"
        }
      }
    },
    "DecryptRequest": {
      "type": "object",
      "properties": {
        "CiphertextBlob": {
          "$ref": "#/$defs/CiphertextType"
        },
        "EncryptionContext": {
          "$ref": "#/$defs/EncryptionContextType"
        },
        "GrantTokens": {
          "$ref": "#/$defs/GrantTokenList"
        },
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "EncryptionAlgorithm": {
          "$ref": "#/$defs/EncryptionAlgorithmSpec"
        },
        "Recipient": {
          "$ref": "#/$defs/RecipientInfo"
        },
        "DryRun": {
          "$ref": "#/$defs/NullableBooleanType"
        },
        "DryRunModifiers": {
          "$ref": "#/$defs/DryRunModifierList"
        }
      }
    },
    "EncryptionAlgorithmSpec": {
      "type": "string",
      "enum": [
        "SYMMETRIC_DEFAULT",
        "RSAES_OAEP_SHA_1",
        "RSAES_OAEP_SHA_256",
        "SM2PKE"
      ]
    },
    "DryRunModifierList": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/DryRunModifierType"
      }
    },
    "DryRunModifierType": {
      "type": "string",
      "enum": [
        "IGNORE_CIPHERTEXT"
      ]
    },
    "DecryptResponse": {
      "type": "object",
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "Plaintext": {
          "$ref": "#/$defs/PlaintextType"
        },
        "EncryptionAlgorithm": {
          "$ref": "#/$defs/EncryptionAlgorithmSpec"
        },
        "CiphertextForRecipient": {
          "$ref": "#/$defs/CiphertextType"
        },
        "KeyMaterialId": {
          "$ref": "#/$defs/BackingKeyIdType"
        }
      }
    },
    "EncryptRequest": {
      "type": "object",
      "required": [
        "KeyId",
        "Plaintext"
      ],
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "Plaintext": {
          "$ref": "#/$defs/PlaintextType"
        },
        "EncryptionContext": {
          "$ref": "#/$defs/EncryptionContextType"
        },
        "GrantTokens": {
          "$ref": "#/$defs/GrantTokenList"
        },
        "EncryptionAlgorithm": {
          "$ref": "#/$defs/EncryptionAlgorithmSpec"
        },
        "DryRun": {
          "$ref": "#/$defs/NullableBooleanType"
        }
      }
    },
    "EncryptResponse": {
      "type": "object",
      "properties": {
        "CiphertextBlob": {
          "$ref": "#/$defs/CiphertextType"
        },
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "EncryptionAlgorithm": {
          "$ref": "#/$defs/EncryptionAlgorithmSpec"
        }
      }
    },
    "ReEncryptRequest": {
      "type": "object",
      "required": [
        "DestinationKeyId"
      ],
      "properties": {
        "CiphertextBlob": {
          "$ref": "#/$defs/CiphertextType"
        },
        "SourceEncryptionContext": {
          "$ref": "#/$defs/EncryptionContextType"
        },
        "SourceKeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "DestinationKeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "DestinationEncryptionContext": {
          "$ref": "#/$defs/EncryptionContextType"
        },
        "SourceEncryptionAlgorithm": {
          "$ref": "#/$defs/EncryptionAlgorithmSpec"
        },
        "DestinationEncryptionAlgorithm": {
          "$ref": "#/$defs/EncryptionAlgorithmSpec"
        },
        "GrantTokens": {
          "$ref": "#/$defs/GrantTokenList"
        },
        "DryRun": {
          "$ref": "#/$defs/NullableBooleanType"
        },
        "DryRunModifiers": {
          "$ref": "#/$defs/DryRunModifierList"
        }
      }
    },
    "ReEncryptResponse": {
      "type": "object",
      "properties": {
        "CiphertextBlob": {
          "$ref": "#/$defs/CiphertextType"
        },
        "SourceKeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "SourceEncryptionAlgorithm": {
          "$ref": "#/$defs/EncryptionAlgorithmSpec"
        },
        "DestinationEncryptionAlgorithm": {
          "$ref": "#/$defs/EncryptionAlgorithmSpec"
        },
        "SourceKeyMaterialId": {
          "$ref": "#/$defs/BackingKeyIdType"
        },
        "DestinationKeyMaterialId": {
          "$ref": "#/$defs/BackingKeyIdType"
        }
      }
    },
    "GenerateRandomRequest": {
      "type": "object",
      "required": [
        "NumberOfBytes"
      ],
      "properties": {
        "NumberOfBytes": {
          "$ref": "#/$defs/NumberOfBytesType"
        },
        "CustomKeyStoreId": {
          "$ref": "#/$defs/CustomKeyStoreIdType"
        },
        "Recipient": {
          "$ref": "#/$defs/RecipientInfo"
        }
      }
    },
    "CustomKeyStoreIdType": {
      "type": "string",
      "minLength": 1,
      "maxLength": 64
    },
    "GenerateRandomResponse": {
      "type": "object",
      "properties": {
        "Plaintext": {
          "$ref": "#/$defs/PlaintextType"
        },
        "CiphertextForRecipient": {
          "$ref": "#/$defs/CiphertextType"
        }
      }
    },
    "CreateKeyRequest": {
      "type": "object",
      "properties": {
        "Policy": {
          "$ref": "#/$defs/PolicyType"
        },
        "Description": {
          "$ref": "#/$defs/DescriptionType"
        },
        "KeyUsage": {
          "$ref": "#/$defs/KeyUsageType"
        },
        "CustomerMasterKeySpec": {
          "$ref": "#/$defs/CustomerMasterKeySpec"
        },
        "KeySpec": {
          "$ref": "#/$defs/KeySpec"
        },
        "Origin": {
          "$ref": "#/$defs/OriginType"
        },
        "CustomKeyStoreId": {
          "$ref": "#/$defs/CustomKeyStoreIdType"
        },
        "BypassPolicyLockoutSafetyCheck": {
          "$ref": "#/$defs/BooleanType"
        },
        "Tags": {
          "$ref": "#/$defs/TagList"
        },
        "MultiRegion": {
          "$ref": "#/$defs/NullableBooleanType"
        },
        "XksKeyId": {
          "$ref": "#/$defs/XksKeyIdType"
        }
      }
    },
    "PolicyType": {
      "type": "string",
      "minLength": 1,
      "maxLength": 131072,
      "pattern": "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"
    },
    "DescriptionType": {
      "type": "string",
      "minLength": 0,
      "maxLength": 8192
    },
    "KeyUsageType": {
      "type": "string",
      "enum": [
        "SIGN_VERIFY",
        "ENCRYPT_DECRYPT",
        "GENERATE_VERIFY_MAC",
        "KEY_AGREEMENT"
      ]
    },
    "CustomerMasterKeySpec": {
      "type": "string",
      "enum": [
        "RSA_2048",
        "RSA_3072",
        "RSA_4096",
        "ECC_NIST_P256",
        "ECC_NIST_P384",
        "ECC_NIST_P521",
        "ECC_SECG_P256K1",
        "SYMMETRIC_DEFAULT",
        "HMAC_224",
        "HMAC_256",
        "HMAC_384",
        "HMAC_512",
        "SM2"
      ],
      "deprecated": true
    },
    "KeySpec": {
      "type": "string",
      "enum": [
        "RSA_2048",
        "RSA_3072",
        "RSA_4096",
        "ECC_NIST_P256",
        "ECC_NIST_P384",
        "ECC_NIST_P521",
        "ECC_SECG_P256K1",
        "SYMMETRIC_DEFAULT",
        "HMAC_224",
        "HMAC_256",
        "HMAC_384",
        "HMAC_512",
        "SM2",
        "ML_DSA_44",
        "ML_DSA_65",
        "ML_DSA_87",
        "ECC_NIST_EDWARDS25519"
      ]
    },
    "OriginType": {
      "type": "string",
      "enum": [
        "AWS_KMS",
        "EXTERNAL",
        "AWS_CLOUDHSM",
        "EXTERNAL_KEY_STORE"
      ]
    },
    "BooleanType": {
      "type": "boolean"
    },
    "TagList": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/Tag"
      }
    },
    "Tag": {
      "type": "object",
      "required": [
        "TagKey",
        "TagValue"
      ],
      "properties": {
        "TagKey": {
          "$ref": "#/$defs/TagKeyType"
        },
        "TagValue": {
          "$ref": "#/$defs/TagValueType"
        }
      }
    },
    "TagKeyType": {
      "type": "string",
      "minLength": 1,
      "maxLength": 128
    },
    "TagValueType": {
      "type": "string",
      "minLength": 0,
      "maxLength": 256
    },
    "XksKeyIdType": {
      "type": "string",
      "minLength": 1,
      "maxLength": 128,
      "pattern": "^[a-zA-Z0-9-_.]+$"
    },
    "CreateKeyResponse": {
      "type": "object",
      "properties": {
        "KeyMetadata": {
          "$ref": "#/$defs/KeyMetadata"
        }
      }
    },
    "KeyMetadata": {
      "type": "object",
      "required": [
        "KeyId"
      ],
      "properties": {
        "AWSAccountId": {
          "$ref": "#/$defs/AWSAccountIdType"
        },
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "Arn": {
          "$ref": "#/$defs/ArnType"
        },
        "CreationDate": {
          "$ref": "#/$defs/DateType"
        },
        "Enabled": {
          "$ref": "#/$defs/BooleanType"
        },
        "Description": {
          "$ref": "#/$defs/DescriptionType"
        },
        "KeyUsage": {
          "$ref": "#/$defs/KeyUsageType"
        },
        "KeyState": {
          "$ref": "#/$defs/KeyState"
        },
        "DeletionDate": {
          "$ref": "#/$defs/DateType"
        },
        "ValidTo": {
          "$ref": "#/$defs/DateType"
        },
        "Origin": {
          "$ref": "#/$defs/OriginType"
        },
        "CustomKeyStoreId": {
          "$ref": "#/$defs/CustomKeyStoreIdType"
        },
        "CloudHsmClusterId": {
          "$ref": "#/$defs/CloudHsmClusterIdType"
        },
        "ExpirationModel": {
          "$ref": "#/$defs/ExpirationModelType"
        },
        "KeyManager": {
          "$ref": "#/$defs/KeyManagerType"
        },
        "CustomerMasterKeySpec": {
          "$ref": "#/$defs/CustomerMasterKeySpec"
        },
        "KeySpec": {
          "$ref": "#/$defs/KeySpec"
        },
        "EncryptionAlgorithms": {
          "$ref": "#/$defs/EncryptionAlgorithmSpecList"
        },
        "SigningAlgorithms": {
          "$ref": "#/$defs/SigningAlgorithmSpecList"
        },
        "KeyAgreementAlgorithms": {
          "$ref": "#/$defs/KeyAgreementAlgorithmSpecList"
        },
        "MultiRegion": {
          "$ref": "#/$defs/NullableBooleanType"
        },
        "MultiRegionConfiguration": {
          "$ref": "#/$defs/MultiRegionConfiguration"
        },
        "PendingDeletionWindowInDays": {
          "$ref": "#/$defs/PendingWindowInDaysType"
        },
        "MacAlgorithms": {
          "$ref": "#/$defs/MacAlgorithmSpecList"
        },
        "XksKeyConfiguration": {
          "$ref": "#/$defs/XksKeyConfigurationType"
        },
        "CurrentKeyMaterialId": {
          "$ref": "#/$defs/BackingKeyIdType"
        }
      }
    },
    "AWSAccountIdType": {
      "type": "string"
    },
    "ArnType": {
      "type": "string",
      "minLength": 20,
      "maxLength": 2048
    },
    "DateType": {
      "type": "number"
    },
    "KeyState": {
      "type": "string",
      "enum": [
        "Creating",
        "Enabled",
        "Disabled",
        "PendingDeletion",
        "PendingImport",
        "PendingReplicaDeletion",
        "Unavailable",
        "Updating"
      ]
    },
    "CloudHsmClusterIdType": {
      "type": "string",
      "minLength": 19,
      "maxLength": 24,
      "pattern": "cluster-[2-7a-zA-Z]{11,16}"
    },
    "ExpirationModelType": {
      "type": "string",
      "enum": [
        "KEY_MATERIAL_EXPIRES",
        "KEY_MATERIAL_DOES_NOT_EXPIRE"
      ]
    },
    "KeyManagerType": {
      "type": "string",
      "enum": [
        "AWS",
        "CUSTOMER"
      ]
    },
    "EncryptionAlgorithmSpecList": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/EncryptionAlgorithmSpec"
      }
    },
    "SigningAlgorithmSpecList": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/SigningAlgorithmSpec"
      }
    },
    "SigningAlgorithmSpec": {
      "type": "string",
      "enum": [
        "RSASSA_PSS_SHA_256",
        "RSASSA_PSS_SHA_384",
        "RSASSA_PSS_SHA_512",
        "RSASSA_PKCS1_V1_5_SHA_256",
        "RSASSA_PKCS1_V1_5_SHA_384",
        "RSASSA_PKCS1_V1_5_SHA_512",
        "ECDSA_SHA_256",
        "ECDSA_SHA_384",
        "ECDSA_SHA_512",
        "SM2DSA",
        "ML_DSA_SHAKE_256",
        "ED25519_SHA_512",
        "ED25519_PH_SHA_512"
      ]
    },
    "KeyAgreementAlgorithmSpecList": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/KeyAgreementAlgorithmSpec"
      }
    },
    "KeyAgreementAlgorithmSpec": {
      "type": "string",
      "enum": [
        "ECDH"
      ]
    },
    "MultiRegionConfiguration": {
      "type": "object",
      "properties": {
        "MultiRegionKeyType": {
          "$ref": "#/$defs/MultiRegionKeyType"
        },
        "PrimaryKey": {
          "$ref": "#/$defs/MultiRegionKey"
        },
        "ReplicaKeys": {
          "$ref": "#/$defs/MultiRegionKeyList"
        }
      }
    },
    "MultiRegionKeyType": {
      "type": "string",
      "enum": [
        "PRIMARY",
        "REPLICA"
      ]
    },
    "MultiRegionKey": {
      "type": "object",
      "properties": {
        "Arn": {
          "$ref": "#/$defs/ArnType"
        },
        "Region": {
          "$ref": "#/$defs/RegionType"
        }
      }
    },
    "RegionType": {
      "type": "string",
      "minLength": 1,
      "maxLength": 32,
      "pattern": "^([a-z]+-){2,3}\\d+$"
    },
    "MultiRegionKeyList": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/MultiRegionKey"
      }
    },
    "PendingWindowInDaysType": {
      "type": "integer",
      "minimum": 1,
      "maximum": 365
    },
    "MacAlgorithmSpecList": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/MacAlgorithmSpec"
      }
    },
    "MacAlgorithmSpec": {
      "type": "string",
      "enum": [
        "HMAC_SHA_224",
        "HMAC_SHA_256",
        "HMAC_SHA_384",
        "HMAC_SHA_512"
      ]
    },
    "XksKeyConfigurationType": {
      "type": "object",
      "properties": {
        "Id": {
          "$ref": "#/$defs/XksKeyIdType"
        }
      }
    },
    "DescribeKeyRequest": {
      "type": "object",
      "required": [
        "KeyId"
      ],
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "GrantTokens": {
          "$ref": "#/$defs/GrantTokenList"
        }
      }
    },
    "DescribeKeyResponse": {
      "type": "object",
      "properties": {
        "KeyMetadata": {
          "$ref": "#/$defs/KeyMetadata"
        }
      }
    },
    "ListKeysRequest": {
      "type": "object",
      "properties": {
        "Limit": {
          "$ref": "#/$defs/LimitType"
        },
        "Marker": {
          "$ref": "#/$defs/MarkerType"
        }
      }
    },
    "LimitType": {
      "type": "integer",
      "minimum": 1,
      "maximum": 1000
    },
    "MarkerType": {
      "type": "string",
      "minLength": 1,
      "maxLength": 1024,
      "pattern": "[\\u0020-\\u00FF]*"
    },
    "ListKeysResponse": {
      "type": "object",
      "properties": {
        "Keys": {
          "$ref": "#/$defs/KeyList"
        },
        "NextMarker": {
          "$ref": "#/$defs/MarkerType"
        },
        "Truncated": {
          "$ref": "#/$defs/BooleanType"
        }
      }
    },
    "KeyList": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/KeyListEntry"
      }
    },
    "KeyListEntry": {
      "type": "object",
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "KeyArn": {
          "$ref": "#/$defs/ArnType"
        }
      }
    },
    "EnableKeyRequest": {
      "type": "object",
      "required": [
        "KeyId"
      ],
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        }
      }
    },
    "DisableKeyRequest": {
      "type": "object",
      "required": [
        "KeyId"
      ],
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        }
      }
    },
    "ScheduleKeyDeletionRequest": {
      "type": "object",
      "required": [
        "KeyId"
      ],
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "PendingWindowInDays": {
          "$ref": "#/$defs/PendingWindowInDaysType",
          "type": "integer",
          "minimum": 7,
          "maximum": 30
        }
      }
    },
    "ScheduleKeyDeletionResponse": {
      "type": "object",
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "DeletionDate": {
          "$ref": "#/$defs/DateType"
        },
        "KeyState": {
          "$ref": "#/$defs/KeyState"
        },
        "PendingWindowInDays": {
          "$ref": "#/$defs/PendingWindowInDaysType"
        }
      }
    },
    "CancelKeyDeletionRequest": {
      "type": "object",
      "required": [
        "KeyId"
      ],
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        }
      }
    },
    "CancelKeyDeletionResponse": {
      "type": "object",
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        }
      }
    },
    "EnableKeyRotationRequest": {
      "type": "object",
      "required": [
        "KeyId"
      ],
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "RotationPeriodInDays": {
          "$ref": "#/$defs/RotationPeriodInDaysType"
        }
      }
    },
    "RotationPeriodInDaysType": {
      "type": "integer",
      "minimum": 90,
      "maximum": 2560
    },
    "DisableKeyRotationRequest": {
      "type": "object",
      "required": [
        "KeyId"
      ],
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        }
      }
    },
    "GetKeyRotationStatusRequest": {
      "type": "object",
      "required": [
        "KeyId"
      ],
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        }
      }
    },
    "GetKeyRotationStatusResponse": {
      "type": "object",
      "properties": {
        "KeyRotationEnabled": {
          "$ref": "#/$defs/BooleanType"
        },
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "RotationPeriodInDays": {
          "$ref": "#/$defs/RotationPeriodInDaysType"
        },
        "NextRotationDate": {
          "$ref": "#/$defs/DateType"
        },
        "OnDemandRotationStartDate": {
          "$ref": "#/$defs/DateType"
        }
      }
    },
    "RotateKeyOnDemandRequest": {
      "type": "object",
      "required": [
        "KeyId"
      ],
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        }
      }
    },
    "RotateKeyOnDemandResponse": {
      "type": "object",
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        }
      }
    },
    "ListKeyRotationsRequest": {
      "type": "object",
      "required": [
        "KeyId"
      ],
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "IncludeKeyMaterial": {
          "$ref": "#/$defs/IncludeKeyMaterial"
        },
        "Limit": {
          "$ref": "#/$defs/LimitType"
        },
        "Marker": {
          "$ref": "#/$defs/MarkerType"
        }
      }
    },
    "IncludeKeyMaterial": {
      "type": "string",
      "enum": [
        "ALL_KEY_MATERIAL",
        "ROTATIONS_ONLY"
      ]
    },
    "ListKeyRotationsResponse": {
      "type": "object",
      "properties": {
        "Rotations": {
          "$ref": "#/$defs/RotationsList"
        },
        "NextMarker": {
          "$ref": "#/$defs/MarkerType"
        },
        "Truncated": {
          "$ref": "#/$defs/BooleanType"
        }
      }
    },
    "RotationsList": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/RotationsListEntry"
      }
    },
    "RotationsListEntry": {
      "type": "object",
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "KeyMaterialId": {
          "$ref": "#/$defs/BackingKeyIdType"
        },
        "KeyMaterialDescription": {
          "$ref": "#/$defs/KeyMaterialDescriptionType"
        },
        "ImportState": {
          "$ref": "#/$defs/ImportState"
        },
        "KeyMaterialState": {
          "$ref": "#/$defs/KeyMaterialState"
        },
        "ExpirationModel": {
          "$ref": "#/$defs/ExpirationModelType"
        },
        "ValidTo": {
          "$ref": "#/$defs/DateType"
        },
        "RotationDate": {
          "$ref": "#/$defs/DateType"
        },
        "RotationType": {
          "$ref": "#/$defs/RotationType"
        }
      }
    },
    "KeyMaterialDescriptionType": {
      "type": "string",
      "minLength": 0,
      "maxLength": 256,
      "pattern": "^[a-zA-Z0-9:/_\\s.-]+$"
    },
    "ImportState": {
      "type": "string",
      "enum": [
        "IMPORTED",
        "PENDING_IMPORT"
      ]
    },
    "KeyMaterialState": {
      "type": "string",
      "enum": [
        "NON_CURRENT",
        "CURRENT",
        "PENDING_ROTATION",
        "PENDING_MULTI_REGION_IMPORT_AND_ROTATION"
      ]
    },
    "RotationType": {
      "type": "string",
      "enum": [
        "AUTOMATIC",
        "ON_DEMAND"
      ]
    },
    "CreateAliasRequest": {
      "type": "object",
      "required": [
        "AliasName",
        "TargetKeyId"
      ],
      "properties": {
        "AliasName": {
          "$ref": "#/$defs/AliasNameType"
        },
        "TargetKeyId": {
          "$ref": "#/$defs/KeyIdType"
        }
      }
    },
    "AliasNameType": {
      "type": "string",
      "minLength": 1,
      "maxLength": 256,
      "pattern": "^[a-zA-Z0-9:/_-]+$"
    },
    "DeleteAliasRequest": {
      "type": "object",
      "required": [
        "AliasName"
      ],
      "properties": {
        "AliasName": {
          "$ref": "#/$defs/AliasNameType"
        }
      }
    },
    "ListAliasesRequest": {
      "type": "object",
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "Limit": {
          "$ref": "#/$defs/LimitType"
        },
        "Marker": {
          "$ref": "#/$defs/MarkerType"
        }
      }
    },
    "ListAliasesResponse": {
      "type": "object",
      "properties": {
        "Aliases": {
          "$ref": "#/$defs/AliasList"
        },
        "NextMarker": {
          "$ref": "#/$defs/MarkerType"
        },
        "Truncated": {
          "$ref": "#/$defs/BooleanType"
        }
      }
    },
    "AliasList": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/AliasListEntry"
      }
    },
    "AliasListEntry": {
      "type": "object",
      "properties": {
        "AliasName": {
          "$ref": "#/$defs/AliasNameType"
        },
        "AliasArn": {
          "$ref": "#/$defs/ArnType"
        },
        "TargetKeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "CreationDate": {
          "$ref": "#/$defs/DateType"
        },
        "LastUpdatedDate": {
          "$ref": "#/$defs/DateType"
        }
      }
    },
    "GetPublicKeyRequest": {
      "type": "object",
      "required": [
        "KeyId"
      ],
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "GrantTokens": {
          "$ref": "#/$defs/GrantTokenList"
        }
      }
    },
    "GetPublicKeyResponse": {
      "type": "object",
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "PublicKey": {
          "$ref": "#/$defs/PublicKeyType"
        },
        "CustomerMasterKeySpec": {
          "$ref": "#/$defs/CustomerMasterKeySpec"
        },
        "KeySpec": {
          "$ref": "#/$defs/KeySpec"
        },
        "KeyUsage": {
          "$ref": "#/$defs/KeyUsageType"
        },
        "EncryptionAlgorithms": {
          "$ref": "#/$defs/EncryptionAlgorithmSpecList"
        },
        "SigningAlgorithms": {
          "$ref": "#/$defs/SigningAlgorithmSpecList"
        },
        "KeyAgreementAlgorithms": {
          "$ref": "#/$defs/KeyAgreementAlgorithmSpecList"
        }
      }
    },
    "SignRequest": {
      "type": "object",
      "required": [
        "KeyId",
        "Message",
        "SigningAlgorithm"
      ],
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "Message": {
          "$ref": "#/$defs/PlaintextType"
        },
        "MessageType": {
          "$ref": "#/$defs/MessageType"
        },
        "GrantTokens": {
          "$ref": "#/$defs/GrantTokenList"
        },
        "SigningAlgorithm": {
          "$ref": "#/$defs/SigningAlgorithmSpec"
        },
        "DryRun": {
          "$ref": "#/$defs/NullableBooleanType"
        }
      }
    },
    "SignResponse": {
      "type": "object",
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "Signature": {
          "$ref": "#/$defs/CiphertextType"
        },
        "SigningAlgorithm": {
          "$ref": "#/$defs/SigningAlgorithmSpec"
        }
      }
    },
    "VerifyRequest": {
      "type": "object",
      "required": [
        "KeyId",
        "Message",
        "Signature",
        "SigningAlgorithm"
      ],
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "Message": {
          "$ref": "#/$defs/PlaintextType"
        },
        "MessageType": {
          "$ref": "#/$defs/MessageType"
        },
        "Signature": {
          "$ref": "#/$defs/CiphertextType"
        },
        "SigningAlgorithm": {
          "$ref": "#/$defs/SigningAlgorithmSpec"
        },
        "GrantTokens": {
          "$ref": "#/$defs/GrantTokenList"
        },
        "DryRun": {
          "$ref": "#/$defs/NullableBooleanType"
        }
      }
    },
    "VerifyResponse": {
      "type": "object",
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "SignatureValid": {
          "$ref": "#/$defs/BooleanType"
        },
        "SigningAlgorithm": {
          "$ref": "#/$defs/SigningAlgorithmSpec"
        }
      }
    },
    "GenerateMacRequest": {
      "type": "object",
      "required": [
        "Message",
        "KeyId",
        "MacAlgorithm"
      ],
      "properties": {
        "Message": {
          "$ref": "#/$defs/PlaintextType"
        },
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "MacAlgorithm": {
          "$ref": "#/$defs/MacAlgorithmSpec"
        },
        "GrantTokens": {
          "$ref": "#/$defs/GrantTokenList"
        },
        "DryRun": {
          "$ref": "#/$defs/NullableBooleanType"
        }
      }
    },
    "GenerateMacResponse": {
      "type": "object",
      "properties": {
        "Mac": {
          "$ref": "#/$defs/CiphertextType"
        },
        "MacAlgorithm": {
          "$ref": "#/$defs/MacAlgorithmSpec"
        },
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        }
      }
    },
    "VerifyMacRequest": {
      "type": "object",
      "required": [
        "Message",
        "KeyId",
        "MacAlgorithm",
        "Mac"
      ],
      "properties": {
        "Message": {
          "$ref": "#/$defs/PlaintextType"
        },
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "MacAlgorithm": {
          "$ref": "#/$defs/MacAlgorithmSpec"
        },
        "Mac": {
          "$ref": "#/$defs/CiphertextType"
        },
        "GrantTokens": {
          "$ref": "#/$defs/GrantTokenList"
        },
        "DryRun": {
          "$ref": "#/$defs/NullableBooleanType"
        }
      }
    },
    "VerifyMacResponse": {
      "type": "object",
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "MacValid": {
          "$ref": "#/$defs/BooleanType"
        },
        "MacAlgorithm": {
          "$ref": "#/$defs/MacAlgorithmSpec"
        }
      }
    },
    "GenerateDataKeyPairRequest": {
      "type": "object",
      "required": [
        "KeyId",
        "KeyPairSpec"
      ],
      "properties": {
        "EncryptionContext": {
          "$ref": "#/$defs/EncryptionContextType"
        },
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "KeyPairSpec": {
          "$ref": "#/$defs/DataKeyPairSpec"
        },
        "GrantTokens": {
          "$ref": "#/$defs/GrantTokenList"
        },
        "Recipient": {
          "$ref": "#/$defs/RecipientInfo"
        },
        "DryRun": {
          "$ref": "#/$defs/NullableBooleanType"
        }
      }
    },
    "GenerateDataKeyPairResponse": {
      "type": "object",
      "properties": {
        "PrivateKeyCiphertextBlob": {
          "$ref": "#/$defs/CiphertextType"
        },
        "PrivateKeyPlaintext": {
          "$ref": "#/$defs/PlaintextType"
        },
        "PublicKey": {
          "$ref": "#/$defs/PublicKeyType"
        },
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "KeyPairSpec": {
          "$ref": "#/$defs/DataKeyPairSpec"
        },
        "CiphertextForRecipient": {
          "$ref": "#/$defs/CiphertextType"
        },
        "KeyMaterialId": {
          "$ref": "#/$defs/BackingKeyIdType"
        }
      }
    },
    "GenerateDataKeyPairWithoutPlaintextRequest": {
      "type": "object",
      "required": [
        "KeyId",
        "KeyPairSpec"
      ],
      "properties": {
        "EncryptionContext": {
          "$ref": "#/$defs/EncryptionContextType"
        },
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "KeyPairSpec": {
          "$ref": "#/$defs/DataKeyPairSpec"
        },
        "GrantTokens": {
          "$ref": "#/$defs/GrantTokenList"
        },
        "DryRun": {
          "$ref": "#/$defs/NullableBooleanType"
        }
      }
    },
    "GenerateDataKeyPairWithoutPlaintextResponse": {
      "type": "object",
      "properties": {
        "PrivateKeyCiphertextBlob": {
          "$ref": "#/$defs/CiphertextType"
        },
        "PublicKey": {
          "$ref": "#/$defs/PublicKeyType"
        },
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "KeyPairSpec": {
          "$ref": "#/$defs/DataKeyPairSpec"
        },
        "KeyMaterialId": {
          "$ref": "#/$defs/BackingKeyIdType"
        }
      }
    },
    "DeriveSharedSecretRequest": {
      "type": "object",
      "required": [
        "KeyId",
        "KeyAgreementAlgorithm",
        "PublicKey"
      ],
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "KeyAgreementAlgorithm": {
          "$ref": "#/$defs/KeyAgreementAlgorithmSpec"
        },
        "PublicKey": {
          "$ref": "#/$defs/PublicKeyType"
        },
        "GrantTokens": {
          "$ref": "#/$defs/GrantTokenList"
        },
        "DryRun": {
          "$ref": "#/$defs/NullableBooleanType"
        },
        "Recipient": {
          "$ref": "#/$defs/RecipientInfo"
        }
      }
    },
    "DeriveSharedSecretResponse": {
      "type": "object",
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "SharedSecret": {
          "$ref": "#/$defs/PlaintextType"
        },
        "CiphertextForRecipient": {
          "$ref": "#/$defs/CiphertextType"
        },
        "KeyAgreementAlgorithm": {
          "$ref": "#/$defs/KeyAgreementAlgorithmSpec"
        },
        "KeyOrigin": {
          "$ref": "#/$defs/OriginType"
        }
      }
    },
    "PublicKeyType": {
      "type": "string",
      "contentEncoding": "base64",
      "pattern": "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/][AQgw]==|[A-Za-z0-9+/]{2}[AEIMQUYcgkosw048]=)?$",
      "x-minBytes": 1,
      "minLength": 4,
      "x-maxBytes": 8192,
      "maxLength": 10924
    },
    "MessageType": {
      "type": "string",
      "enum": [
        "RAW",
        "DIGEST",
        "EXTERNAL_MU"
      ]
    },
    "DataKeyPairSpec": {
      "type": "string",
      "enum": [
        "RSA_2048",
        "RSA_3072",
        "RSA_4096",
        "ECC_NIST_P256",
        "ECC_NIST_P384",
        "ECC_NIST_P521",
        "ECC_SECG_P256K1",
        "SM2",
        "ECC_NIST_EDWARDS25519"
      ]
    },
    "TagResourceRequest": {
      "type": "object",
      "required": [
        "KeyId",
        "Tags"
      ],
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "Tags": {
          "$ref": "#/$defs/TagList"
        }
      }
    },
    "UntagResourceRequest": {
      "type": "object",
      "required": [
        "KeyId",
        "TagKeys"
      ],
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "TagKeys": {
          "$ref": "#/$defs/TagKeyList"
        }
      }
    },
    "TagKeyList": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/TagKeyType"
      }
    },
    "ListResourceTagsRequest": {
      "type": "object",
      "required": [
        "KeyId"
      ],
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "Limit": {
          "$ref": "#/$defs/LimitType"
        },
        "Marker": {
          "$ref": "#/$defs/MarkerType"
        }
      }
    },
    "ListResourceTagsResponse": {
      "type": "object",
      "properties": {
        "Tags": {
          "$ref": "#/$defs/TagList"
        },
        "NextMarker": {
          "$ref": "#/$defs/MarkerType"
        },
        "Truncated": {
          "$ref": "#/$defs/BooleanType"
        }
      }
    },
    "UpdateAliasRequest": {
      "type": "object",
      "required": [
        "AliasName",
        "TargetKeyId"
      ],
      "properties": {
        "AliasName": {
          "$ref": "#/$defs/AliasNameType"
        },
        "TargetKeyId": {
          "$ref": "#/$defs/KeyIdType"
        }
      }
    },
    "UpdateKeyDescriptionRequest": {
      "type": "object",
      "required": [
        "KeyId",
        "Description"
      ],
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "Description": {
          "$ref": "#/$defs/DescriptionType"
        }
      }
    },
    "GetKeyPolicyRequest": {
      "type": "object",
      "required": [
        "KeyId"
      ],
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "PolicyName": {
          "$ref": "#/$defs/PolicyNameType"
        }
      }
    },
    "PolicyNameType": {
      "type": "string",
      "minLength": 1,
      "maxLength": 128,
      "pattern": "[\\w]+"
    },
    "GetKeyPolicyResponse": {
      "type": "object",
      "properties": {
        "Policy": {
          "$ref": "#/$defs/PolicyType"
        },
        "PolicyName": {
          "$ref": "#/$defs/PolicyNameType"
        }
      }
    },
    "PutKeyPolicyRequest": {
      "type": "object",
      "required": [
        "KeyId",
        "Policy"
      ],
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "PolicyName": {
          "$ref": "#/$defs/PolicyNameType"
        },
        "Policy": {
          "$ref": "#/$defs/PolicyType"
        },
        "BypassPolicyLockoutSafetyCheck": {
          "$ref": "#/$defs/BooleanType"
        }
      }
    },
    "ListKeyPoliciesRequest": {
      "type": "object",
      "required": [
        "KeyId"
      ],
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "Limit": {
          "$ref": "#/$defs/LimitType"
        },
        "Marker": {
          "$ref": "#/$defs/MarkerType"
        }
      }
    },
    "ListKeyPoliciesResponse": {
      "type": "object",
      "properties": {
        "PolicyNames": {
          "$ref": "#/$defs/PolicyNameList"
        },
        "NextMarker": {
          "$ref": "#/$defs/MarkerType"
        },
        "Truncated": {
          "$ref": "#/$defs/BooleanType"
        }
      }
    },
    "PolicyNameList": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/PolicyNameType"
      }
    },
    "CreateCustomKeyStoreRequest": {
      "type": "object",
      "required": [
        "CustomKeyStoreName"
      ],
      "properties": {
        "CustomKeyStoreName": {
          "$ref": "#/$defs/CustomKeyStoreNameType"
        },
        "CloudHsmClusterId": {
          "$ref": "#/$defs/CloudHsmClusterIdType"
        },
        "TrustAnchorCertificate": {
          "$ref": "#/$defs/TrustAnchorCertificateType"
        },
        "KeyStorePassword": {
          "$ref": "#/$defs/KeyStorePasswordType"
        },
        "CustomKeyStoreType": {
          "$ref": "#/$defs/CustomKeyStoreType"
        },
        "XksProxyUriEndpoint": {
          "$ref": "#/$defs/XksProxyUriEndpointType"
        },
        "XksProxyUriPath": {
          "$ref": "#/$defs/XksProxyUriPathType"
        },
        "XksProxyVpcEndpointServiceName": {
          "$ref": "#/$defs/XksProxyVpcEndpointServiceNameType"
        },
        "XksProxyVpcEndpointServiceOwner": {
          "$ref": "#/$defs/AccountIdType"
        },
        "XksProxyAuthenticationCredential": {
          "$ref": "#/$defs/XksProxyAuthenticationCredentialType"
        },
        "XksProxyConnectivity": {
          "$ref": "#/$defs/XksProxyConnectivityType"
        }
      }
    },
    "CustomKeyStoreNameType": {
      "type": "string",
      "minLength": 1,
      "maxLength": 256
    },
    "TrustAnchorCertificateType": {
      "type": "string",
      "minLength": 1,
      "maxLength": 5000
    },
    "KeyStorePasswordType": {
      "type": "string",
      "minLength": 7,
      "maxLength": 32,
      "x-sensitive": true
    },
    "CustomKeyStoreType": {
      "type": "string",
      "enum": [
        "AWS_CLOUDHSM",
        "EXTERNAL_KEY_STORE"
      ]
    },
    "XksProxyUriEndpointType": {
      "type": "string",
      "minLength": 10,
      "maxLength": 128,
      "pattern": "^https://[a-zA-Z0-9.-]+$"
    },
    "XksProxyUriPathType": {
      "type": "string",
      "minLength": 10,
      "maxLength": 128,
      "pattern": "^(/[a-zA-Z0-9\\/_-]+/kms/xks/v\\d{1,2})$|^(/kms/xks/v\\d{1,2})$"
    },
    "XksProxyVpcEndpointServiceNameType": {
      "type": "string",
      "minLength": 20,
      "maxLength": 64,
      "pattern": "^(com|eu)\\.amazonaws\\.vpce\\.([a-z]+-){2,3}\\d+\\.vpce-svc-[0-9a-z]+$"
    },
    "AccountIdType": {
      "type": "string",
      "minLength": 12,
      "maxLength": 12,
      "pattern": "[0-9]{12}"
    },
    "XksProxyAuthenticationCredentialType": {
      "type": "object",
      "required": [
        "AccessKeyId",
        "RawSecretAccessKey"
      ],
      "properties": {
        "AccessKeyId": {
          "$ref": "#/$defs/XksProxyAuthenticationAccessKeyIdType"
        },
        "RawSecretAccessKey": {
          "$ref": "#/$defs/XksProxyAuthenticationRawSecretAccessKeyType"
        }
      }
    },
    "XksProxyAuthenticationAccessKeyIdType": {
      "type": "string",
      "minLength": 20,
      "maxLength": 30,
      "pattern": "^[A-Z2-7]+$",
      "x-sensitive": true
    },
    "XksProxyAuthenticationRawSecretAccessKeyType": {
      "type": "string",
      "minLength": 43,
      "maxLength": 64,
      "pattern": "^[a-zA-Z0-9\\/+=]+$",
      "x-sensitive": true
    },
    "XksProxyConnectivityType": {
      "type": "string",
      "enum": [
        "PUBLIC_ENDPOINT",
        "VPC_ENDPOINT_SERVICE"
      ]
    },
    "CreateCustomKeyStoreResponse": {
      "type": "object",
      "properties": {
        "CustomKeyStoreId": {
          "$ref": "#/$defs/CustomKeyStoreIdType"
        }
      }
    },
    "ConnectCustomKeyStoreRequest": {
      "type": "object",
      "required": [
        "CustomKeyStoreId"
      ],
      "properties": {
        "CustomKeyStoreId": {
          "$ref": "#/$defs/CustomKeyStoreIdType"
        }
      }
    },
    "ConnectCustomKeyStoreResponse": {
      "type": "object",
      "properties": {}
    },
    "DisconnectCustomKeyStoreRequest": {
      "type": "object",
      "required": [
        "CustomKeyStoreId"
      ],
      "properties": {
        "CustomKeyStoreId": {
          "$ref": "#/$defs/CustomKeyStoreIdType"
        }
      }
    },
    "DisconnectCustomKeyStoreResponse": {
      "type": "object",
      "properties": {}
    },
    "UpdateCustomKeyStoreRequest": {
      "type": "object",
      "required": [
        "CustomKeyStoreId"
      ],
      "properties": {
        "CustomKeyStoreId": {
          "$ref": "#/$defs/CustomKeyStoreIdType"
        },
        "NewCustomKeyStoreName": {
          "$ref": "#/$defs/CustomKeyStoreNameType"
        },
        "KeyStorePassword": {
          "$ref": "#/$defs/KeyStorePasswordType"
        },
        "CloudHsmClusterId": {
          "$ref": "#/$defs/CloudHsmClusterIdType"
        },
        "XksProxyUriEndpoint": {
          "$ref": "#/$defs/XksProxyUriEndpointType"
        },
        "XksProxyUriPath": {
          "$ref": "#/$defs/XksProxyUriPathType"
        },
        "XksProxyVpcEndpointServiceName": {
          "$ref": "#/$defs/XksProxyVpcEndpointServiceNameType"
        },
        "XksProxyVpcEndpointServiceOwner": {
          "$ref": "#/$defs/AccountIdType"
        },
        "XksProxyAuthenticationCredential": {
          "$ref": "#/$defs/XksProxyAuthenticationCredentialType"
        },
        "XksProxyConnectivity": {
          "$ref": "#/$defs/XksProxyConnectivityType"
        }
      }
    },
    "UpdateCustomKeyStoreResponse": {
      "type": "object",
      "properties": {}
    },
    "DeleteCustomKeyStoreRequest": {
      "type": "object",
      "required": [
        "CustomKeyStoreId"
      ],
      "properties": {
        "CustomKeyStoreId": {
          "$ref": "#/$defs/CustomKeyStoreIdType"
        }
      }
    },
    "DeleteCustomKeyStoreResponse": {
      "type": "object",
      "properties": {}
    },
    "DescribeCustomKeyStoresRequest": {
      "type": "object",
      "properties": {
        "CustomKeyStoreId": {
          "$ref": "#/$defs/CustomKeyStoreIdType"
        },
        "CustomKeyStoreName": {
          "$ref": "#/$defs/CustomKeyStoreNameType"
        },
        "Limit": {
          "$ref": "#/$defs/LimitType"
        },
        "Marker": {
          "$ref": "#/$defs/MarkerType"
        }
      }
    },
    "DescribeCustomKeyStoresResponse": {
      "type": "object",
      "properties": {
        "CustomKeyStores": {
          "$ref": "#/$defs/CustomKeyStoresList"
        },
        "NextMarker": {
          "$ref": "#/$defs/MarkerType"
        },
        "Truncated": {
          "$ref": "#/$defs/BooleanType"
        }
      }
    },
    "CustomKeyStoresList": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/CustomKeyStoresListEntry"
      }
    },
    "CustomKeyStoresListEntry": {
      "type": "object",
      "properties": {
        "CustomKeyStoreId": {
          "$ref": "#/$defs/CustomKeyStoreIdType"
        },
        "CustomKeyStoreName": {
          "$ref": "#/$defs/CustomKeyStoreNameType"
        },
        "CloudHsmClusterId": {
          "$ref": "#/$defs/CloudHsmClusterIdType"
        },
        "TrustAnchorCertificate": {
          "$ref": "#/$defs/TrustAnchorCertificateType"
        },
        "ConnectionState": {
          "$ref": "#/$defs/ConnectionStateType"
        },
        "ConnectionErrorCode": {
          "$ref": "#/$defs/ConnectionErrorCodeType"
        },
        "CreationDate": {
          "$ref": "#/$defs/DateType"
        },
        "CustomKeyStoreType": {
          "$ref": "#/$defs/CustomKeyStoreType"
        },
        "XksProxyConfiguration": {
          "$ref": "#/$defs/XksProxyConfigurationType"
        }
      }
    },
    "ConnectionStateType": {
      "type": "string",
      "enum": [
        "CONNECTED",
        "CONNECTING",
        "FAILED",
        "DISCONNECTED",
        "DISCONNECTING"
      ]
    },
    "ConnectionErrorCodeType": {
      "type": "string",
      "enum": [
        "INVALID_CREDENTIALS",
        "CLUSTER_NOT_FOUND",
        "NETWORK_ERRORS",
        "INTERNAL_ERROR",
        "INSUFFICIENT_CLOUDHSM_HSMS",
        "USER_LOCKED_OUT",
        "USER_NOT_FOUND",
        "USER_LOGGED_IN",
        "SUBNET_NOT_FOUND",
        "INSUFFICIENT_FREE_ADDRESSES_IN_SUBNET",
        "XKS_PROXY_ACCESS_DENIED",
        "XKS_PROXY_NOT_REACHABLE",
        "XKS_VPC_ENDPOINT_SERVICE_NOT_FOUND",
        "XKS_PROXY_INVALID_RESPONSE",
        "XKS_PROXY_INVALID_CONFIGURATION",
        "XKS_VPC_ENDPOINT_SERVICE_INVALID_CONFIGURATION",
        "XKS_PROXY_TIMED_OUT",
        "XKS_PROXY_INVALID_TLS_CONFIGURATION"
      ]
    },
    "XksProxyConfigurationType": {
      "type": "object",
      "properties": {
        "Connectivity": {
          "$ref": "#/$defs/XksProxyConnectivityType"
        },
        "AccessKeyId": {
          "$ref": "#/$defs/XksProxyAuthenticationAccessKeyIdType"
        },
        "UriEndpoint": {
          "$ref": "#/$defs/XksProxyUriEndpointType"
        },
        "UriPath": {
          "$ref": "#/$defs/XksProxyUriPathType"
        },
        "VpcEndpointServiceName": {
          "$ref": "#/$defs/XksProxyVpcEndpointServiceNameType"
        },
        "VpcEndpointServiceOwner": {
          "$ref": "#/$defs/AccountIdType"
        }
      }
    },
    "GetKeyLastUsageRequest": {
      "type": "object",
      "required": [
        "KeyId"
      ],
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        }
      }
    },
    "GetKeyLastUsageResponse": {
      "type": "object",
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "KeyLastUsage": {
          "$ref": "#/$defs/KeyLastUsageData"
        },
        "TrackingStartDate": {
          "$ref": "#/$defs/DateType"
        },
        "KeyCreationDate": {
          "$ref": "#/$defs/DateType"
        }
      }
    },
    "KeyLastUsageData": {
      "type": "object",
      "properties": {
        "Operation": {
          "$ref": "#/$defs/KeyLastUsageTrackingOperation"
        },
        "Timestamp": {
          "$ref": "#/$defs/DateType"
        },
        "CloudTrailEventId": {
          "$ref": "#/$defs/CloudTrailEventIdType"
        },
        "KmsRequestId": {
          "$ref": "#/$defs/KmsRequestIdType"
        }
      }
    },
    "KeyLastUsageTrackingOperation": {
      "type": "string",
      "enum": [
        "Decrypt",
        "DeriveSharedSecret",
        "Encrypt",
        "GenerateDataKey",
        "GenerateDataKeyPair",
        "GenerateDataKeyPairWithoutPlaintext",
        "GenerateDataKeyWithoutPlaintext",
        "GenerateMac",
        "ReEncrypt",
        "Sign",
        "Verify",
        "VerifyMac"
      ]
    },
    "CloudTrailEventIdType": {
      "type": "string"
    },
    "KmsRequestIdType": {
      "type": "string"
    },
    "GetParametersForImportRequest": {
      "type": "object",
      "required": [
        "KeyId",
        "WrappingAlgorithm",
        "WrappingKeySpec"
      ],
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "WrappingAlgorithm": {
          "$ref": "#/$defs/AlgorithmSpec"
        },
        "WrappingKeySpec": {
          "$ref": "#/$defs/WrappingKeySpec"
        }
      }
    },
    "AlgorithmSpec": {
      "type": "string",
      "enum": [
        "RSAES_PKCS1_V1_5",
        "RSAES_OAEP_SHA_1",
        "RSAES_OAEP_SHA_256",
        "RSA_AES_KEY_WRAP_SHA_1",
        "RSA_AES_KEY_WRAP_SHA_256",
        "SM2PKE"
      ]
    },
    "WrappingKeySpec": {
      "type": "string",
      "enum": [
        "RSA_2048",
        "RSA_3072",
        "RSA_4096",
        "SM2"
      ]
    },
    "GetParametersForImportResponse": {
      "type": "object",
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "ImportToken": {
          "$ref": "#/$defs/CiphertextType"
        },
        "PublicKey": {
          "$ref": "#/$defs/PlaintextType"
        },
        "ParametersValidTo": {
          "$ref": "#/$defs/DateType"
        }
      }
    },
    "ImportKeyMaterialRequest": {
      "type": "object",
      "required": [
        "KeyId",
        "ImportToken",
        "EncryptedKeyMaterial"
      ],
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "ImportToken": {
          "$ref": "#/$defs/CiphertextType"
        },
        "EncryptedKeyMaterial": {
          "$ref": "#/$defs/CiphertextType"
        },
        "ValidTo": {
          "$ref": "#/$defs/DateType"
        },
        "ExpirationModel": {
          "$ref": "#/$defs/ExpirationModelType"
        },
        "ImportType": {
          "$ref": "#/$defs/ImportType"
        },
        "KeyMaterialDescription": {
          "$ref": "#/$defs/KeyMaterialDescriptionType"
        },
        "KeyMaterialId": {
          "$ref": "#/$defs/BackingKeyIdType"
        }
      }
    },
    "ImportType": {
      "type": "string",
      "enum": [
        "NEW_KEY_MATERIAL",
        "EXISTING_KEY_MATERIAL"
      ]
    },
    "ImportKeyMaterialResponse": {
      "type": "object",
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "KeyMaterialId": {
          "$ref": "#/$defs/BackingKeyIdType"
        }
      }
    },
    "DeleteImportedKeyMaterialRequest": {
      "type": "object",
      "required": [
        "KeyId"
      ],
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "KeyMaterialId": {
          "$ref": "#/$defs/BackingKeyIdType"
        }
      }
    },
    "DeleteImportedKeyMaterialResponse": {
      "type": "object",
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "KeyMaterialId": {
          "$ref": "#/$defs/BackingKeyIdResponseType"
        }
      }
    },
    "BackingKeyIdResponseType": {
      "type": "string",
      "minLength": 0,
      "maxLength": 64,
      "pattern": "^[a-f0-9]+$"
    },
    "CreateGrantRequest": {
      "type": "object",
      "required": [
        "KeyId",
        "Operations"
      ],
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "GranteePrincipal": {
          "$ref": "#/$defs/PrincipalIdType"
        },
        "RetiringPrincipal": {
          "$ref": "#/$defs/PrincipalIdType"
        },
        "Operations": {
          "$ref": "#/$defs/GrantOperationList"
        },
        "Constraints": {
          "$ref": "#/$defs/GrantConstraints"
        },
        "GrantTokens": {
          "$ref": "#/$defs/GrantTokenList"
        },
        "Name": {
          "$ref": "#/$defs/GrantNameType"
        },
        "DryRun": {
          "$ref": "#/$defs/NullableBooleanType"
        },
        "GranteeServicePrincipal": {
          "$ref": "#/$defs/ServicePrincipalType"
        },
        "RetiringServicePrincipal": {
          "$ref": "#/$defs/ServicePrincipalType"
        }
      }
    },
    "PrincipalIdType": {
      "type": "string",
      "minLength": 1,
      "maxLength": 256,
      "pattern": "^[\\w+=,.@:/-]+$"
    },
    "ServicePrincipalType": {
      "type": "string",
      "minLength": 1,
      "maxLength": 128,
      "pattern": "^([A-Za-z0-9\\-]+)\\.([A-Za-z0-9\\-]+)(\\.[A-Za-z0-9\\-]+)+$"
    },
    "GrantOperationList": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/GrantOperation"
      }
    },
    "GrantOperation": {
      "type": "string",
      "enum": [
        "Decrypt",
        "Encrypt",
        "GenerateDataKey",
        "GenerateDataKeyWithoutPlaintext",
        "ReEncryptFrom",
        "ReEncryptTo",
        "Sign",
        "Verify",
        "GetPublicKey",
        "CreateGrant",
        "RetireGrant",
        "DescribeKey",
        "GenerateDataKeyPair",
        "GenerateDataKeyPairWithoutPlaintext",
        "GenerateMac",
        "VerifyMac",
        "DeriveSharedSecret"
      ]
    },
    "GrantConstraints": {
      "type": "object",
      "properties": {
        "EncryptionContextSubset": {
          "$ref": "#/$defs/EncryptionContextType"
        },
        "EncryptionContextEquals": {
          "$ref": "#/$defs/EncryptionContextType"
        },
        "SourceArn": {
          "$ref": "#/$defs/GrantConstraintSourceArnType"
        }
      }
    },
    "GrantConstraintSourceArnType": {
      "type": "string",
      "minLength": 20,
      "maxLength": 512,
      "pattern": "^arn:aws[a-z0-9-]*:[a-z0-9-]+:[a-z0-9-]*:[0-9]{12}:.+$"
    },
    "GrantNameType": {
      "type": "string",
      "minLength": 1,
      "maxLength": 256,
      "pattern": "^[a-zA-Z0-9:/_-]+$"
    },
    "GrantIdType": {
      "type": "string",
      "minLength": 1,
      "maxLength": 128
    },
    "CreateGrantResponse": {
      "type": "object",
      "properties": {
        "GrantToken": {
          "$ref": "#/$defs/GrantTokenType"
        },
        "GrantId": {
          "$ref": "#/$defs/GrantIdType"
        }
      }
    },
    "ListGrantsRequest": {
      "type": "object",
      "required": [
        "KeyId"
      ],
      "properties": {
        "Limit": {
          "$ref": "#/$defs/LimitType"
        },
        "Marker": {
          "$ref": "#/$defs/MarkerType"
        },
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "GrantId": {
          "$ref": "#/$defs/GrantIdType"
        },
        "GranteePrincipal": {
          "$ref": "#/$defs/PrincipalIdType"
        },
        "GranteeServicePrincipal": {
          "$ref": "#/$defs/ServicePrincipalType"
        }
      }
    },
    "ListGrantsResponse": {
      "type": "object",
      "properties": {
        "Grants": {
          "$ref": "#/$defs/GrantList"
        },
        "NextMarker": {
          "$ref": "#/$defs/MarkerType"
        },
        "Truncated": {
          "$ref": "#/$defs/BooleanType"
        }
      }
    },
    "GrantList": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/GrantListEntry"
      }
    },
    "GrantListEntry": {
      "type": "object",
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "GrantId": {
          "$ref": "#/$defs/GrantIdType"
        },
        "Name": {
          "$ref": "#/$defs/GrantNameType"
        },
        "CreationDate": {
          "$ref": "#/$defs/DateType"
        },
        "GranteePrincipal": {
          "$ref": "#/$defs/PrincipalIdType"
        },
        "RetiringPrincipal": {
          "$ref": "#/$defs/PrincipalIdType"
        },
        "IssuingAccount": {
          "$ref": "#/$defs/PrincipalIdType"
        },
        "Operations": {
          "$ref": "#/$defs/GrantOperationList"
        },
        "Constraints": {
          "$ref": "#/$defs/GrantConstraints"
        },
        "GranteeServicePrincipal": {
          "$ref": "#/$defs/ServicePrincipalType"
        },
        "RetiringServicePrincipal": {
          "$ref": "#/$defs/ServicePrincipalType"
        }
      }
    },
    "ListRetirableGrantsRequest": {
      "type": "object",
      "properties": {
        "Limit": {
          "$ref": "#/$defs/LimitType"
        },
        "Marker": {
          "$ref": "#/$defs/MarkerType"
        },
        "RetiringPrincipal": {
          "$ref": "#/$defs/PrincipalIdType"
        },
        "RetiringServicePrincipal": {
          "$ref": "#/$defs/ServicePrincipalType"
        }
      }
    },
    "RetireGrantRequest": {
      "type": "object",
      "properties": {
        "GrantToken": {
          "$ref": "#/$defs/GrantTokenType"
        },
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "GrantId": {
          "$ref": "#/$defs/GrantIdType"
        },
        "DryRun": {
          "$ref": "#/$defs/NullableBooleanType"
        }
      }
    },
    "RevokeGrantRequest": {
      "type": "object",
      "required": [
        "KeyId",
        "GrantId"
      ],
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "GrantId": {
          "$ref": "#/$defs/GrantIdType"
        },
        "DryRun": {
          "$ref": "#/$defs/NullableBooleanType"
        }
      }
    },
    "ErrorBody": {
      "type": "object",
      "required": [
        "__type"
      ],
      "properties": {
        "__type": {
          "type": "string",
          "minLength": 1
        },
        "message": {
          "type": "string"
        },
        "Message": {
          "type": "string"
        }
      }
    },
    "ReplicateKeyRequest": {
      "type": "object",
      "required": [
        "KeyId",
        "ReplicaRegion"
      ],
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "ReplicaRegion": {
          "$ref": "#/$defs/RegionType"
        },
        "Policy": {
          "$ref": "#/$defs/PolicyType"
        },
        "BypassPolicyLockoutSafetyCheck": {
          "$ref": "#/$defs/BooleanType"
        },
        "Description": {
          "$ref": "#/$defs/DescriptionType"
        },
        "Tags": {
          "$ref": "#/$defs/TagList"
        }
      }
    },
    "ReplicateKeyResponse": {
      "type": "object",
      "properties": {
        "ReplicaKeyMetadata": {
          "$ref": "#/$defs/KeyMetadata"
        },
        "ReplicaPolicy": {
          "$ref": "#/$defs/PolicyType"
        },
        "ReplicaTags": {
          "$ref": "#/$defs/TagList"
        }
      }
    },
    "UpdatePrimaryRegionRequest": {
      "type": "object",
      "required": [
        "KeyId",
        "PrimaryRegion"
      ],
      "properties": {
        "KeyId": {
          "$ref": "#/$defs/KeyIdType"
        },
        "PrimaryRegion": {
          "$ref": "#/$defs/RegionType"
        }
      }
    }
  }
} as const;
