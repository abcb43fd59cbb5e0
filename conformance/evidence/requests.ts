import type { Evidence } from './types.js';

const API = 'https://docs.aws.amazon.com/kms/latest/APIReference';

/** What a request may hold (the model's constraints) and how KMS refuses one that breaks them. */
export const requestEvidence = {
  'model.generate-data-key-request': {
    kind: 'aws-model',
    source: 'GenerateDataKeyRequest',
    fact: 'GenerateDataKey takes KeyId (required), EncryptionContext, NumberOfBytes, KeySpec, GrantTokens, Recipient and DryRun.',
  },
  'model.key-id-type': {
    kind: 'aws-model',
    source: 'KeyIdType',
    fact: 'A KeyId is a string of 1 to 2048 characters; its format is not part of the type.',
  },
  'model.number-of-bytes': {
    kind: 'aws-model',
    source: 'NumberOfBytesType',
    fact: 'NumberOfBytes is an integer from 1 to 1024.',
  },
  'model.data-key-spec': {
    kind: 'aws-model',
    source: 'DataKeySpec',
    fact: 'A data key KeySpec is AES_256 or AES_128.',
  },
  'model.plaintext-type': {
    kind: 'aws-model',
    source: 'PlaintextType',
    fact: 'A Plaintext is 1 to 4096 bytes (decoded, not base64 characters).',
  },
  'model.grant-token-list': {
    kind: 'aws-model',
    source: 'GrantTokenList',
    fact: 'GrantTokens holds at most 10 tokens, each 1 to 8192 characters.',
  },
  'model.blob-base64': {
    kind: 'aws-docs',
    source: 'https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html',
    fact: 'Blob members travel as standard base64 with padding; byte limits count the decoded bytes.',
  },
  'model.output-members': {
    kind: 'aws-model',
    source: 'GenerateDataKeyResponse',
    fact: 'The output shapes name every member a reply may carry, with its type; the model marks nearly all of them optional.',
  },
  'recorded.validation-exception': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_generate_random_invalid_number_of_bytes[0] → generate-random-exc',
    fact: "A value outside a model constraint is refused as ValidationException (400), whose message names the member in lower camel case: 1 validation error detected: Value '0' at 'numberOfBytes' failed to satisfy constraint: Member must have value greater than or equal to 1.",
  },
  'recorded.number-of-bytes-too-large': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_generate_random_invalid_number_of_bytes[1025] → generate-random-exc',
    fact: 'GenerateRandom with NumberOfBytes 1025 is refused as ValidationException (400).',
  },
  'recorded.number-of-bytes-required': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_generate_random_invalid_number_of_bytes[None] → generate-random-exc',
    fact: 'GenerateRandom without NumberOfBytes is refused as ValidationException "NumberOfBytes is required." although the model marks it optional.',
  },
  'recorded.plaintext-too-long': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_plaintext_size_for_encrypt → invalid-plaintext-size-encrypt',
    fact: "Encrypt of more than 4096 bytes is refused as ValidationException; the message leaves the sensitive value out (Value at 'plaintext' ...).",
  },
  'recorded.generate-random-lengths': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_generate_random[1024]',
    fact: 'GenerateRandom returns exactly NumberOfBytes bytes (recorded for 1, 12, 44, 91 and 1024).',
  },
  'recorded.key-id-not-validated': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_get_key_invalid_uuid → describe-key-with-invalid-uuid',
    fact: 'A KeyId that is no key id form at all is answered NotFoundException "Invalid keyId \'<value>\'", not ValidationException.',
  },
  'docs.key-spec-xor-number-of-bytes': {
    kind: 'aws-docs',
    source: `${API}/API_GenerateDataKey.html`,
    fact: 'GenerateDataKey needs the length of the data key as KeySpec or NumberOfBytes, one of them and not both; a request with neither or both is refused.',
  },
  'inference.validation-type-for-rules': {
    kind: 'inference',
    source: 'recorded.validation-exception, docs.key-spec-xor-number-of-bytes',
    fact: 'A request breaking a rule that is not a model constraint (both KeySpec and NumberOfBytes) is refused as ValidationException, as constraint breaches are.',
  },
  'docs.grant-tokens': {
    kind: 'aws-docs',
    source: `${API}/API_GenerateDataKey.html`,
    fact: 'A grant token that is not valid is refused as InvalidGrantTokenException; made-up tokens may be refused that way, never for their count when there are at most 10.',
  },
  'model.ciphertext-type': {
    kind: 'aws-model',
    source: 'CiphertextType',
    fact: 'A CiphertextBlob is 1 to 6144 bytes (decoded).',
  },
  'model.create-key-request': {
    kind: 'aws-model',
    source: 'CreateKeyRequest',
    fact: 'CreateKey takes KeyUsage, KeySpec (and its deprecated twin CustomerMasterKeySpec), Origin, Tags (TagKey 1 to 128 characters, TagValue 0 to 256), MultiRegion and more, all optional.',
  },
} as const satisfies Record<string, Evidence>;
