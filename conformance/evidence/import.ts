import type { Evidence } from './types.js';

const API = 'https://docs.aws.amazon.com/kms/latest/APIReference';
const GUIDE = 'https://docs.aws.amazon.com/kms/latest/developerguide';

/** Imported key material: GetParametersForImport, ImportKeyMaterial, DeleteImportedKeyMaterial. */
export const importEvidence = {
  'recorded.import-symmetric': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_import_key_symmetric',
    fact: 'A symmetric key of Origin EXTERNAL starts PendingImport; 32 bytes RSAES-OAEP SHA-256 wrapped under the GetParametersForImport public key import with its token: without ExpirationModel the import is ValidationException (A validTo date must be set if the ExpirationModel is KEY_MATERIAL_EXPIRES), with KEY_MATERIAL_DOES_NOT_EXPIRE the key becomes Enabled, shows that ExpirationModel, and encrypts and decrypts; after DeleteImportedKeyMaterial it is PendingImport without ExpirationModel and Encrypt is KMSInvalidStateException (<key ARN> is pending import.).',
  },
  'recorded.import-rsa-aes-wrap': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_import_key_rsa_aes_wrap_sha256 → import-key-material-response',
    fact: 'A PKCS #8 RSA private key wrapped with RSA_AES_KEY_WRAP_SHA_256 (an AES-256 key RSAES-OAEP SHA-256 encrypted under the wrapping key, followed by the private key under AES Key Wrap with Padding) imports into an EXTERNAL RSA key of its size, which becomes Enabled and whose GetPublicKey is the imported key’s public key.',
  },
  'recorded.import-origin': {
    kind: 'recorded-aws',
    source:
      'TestKMS::test_get_parameters_for_import_raises_for_non_external_kms_keys → get-import-parameters-error',
    fact: 'GetParametersForImport of a key whose Origin is AWS_KMS is UnsupportedOperationException (400): <key ARN> origin is AWS_KMS which is not valid for this operation.',
  },
  'docs.import-key-material': {
    kind: 'aws-docs',
    source: `${API}/API_ImportKeyMaterial.html`,
    fact: 'ImportKeyMaterial takes material encrypted under the public key of a GetParametersForImport response, with that response’s import token; on success the key’s state becomes Enabled and it can be used in cryptographic operations.',
  },
  'docs.wrapping-algorithms': {
    kind: 'aws-docs',
    source: `${GUIDE}/importing-keys-get-public-key-and-token.html`,
    fact: 'RSA_AES_KEY_WRAP_SHA_1 / _SHA_256 wrap an ephemeral AES key with RSAES-OAEP and the key material with that AES key under AES Key Wrap with Padding (RFC 5649), the two concatenated; they are the algorithms for RSA private key material.',
  },
  'docs.delete-imported-key-material': {
    kind: 'aws-docs',
    source: `${API}/API_DeleteImportedKeyMaterial.html`,
    fact: 'DeleteImportedKeyMaterial makes the key unusable and changes its state to PendingImport (a key pending deletion keeps its state); reimporting the same key material makes it usable again.',
  },
  'model.invalid-import-token': {
    kind: 'aws-model',
    source: 'InvalidImportTokenException',
    fact: 'ImportKeyMaterial with an import token that is invalid or belongs to another KMS key is refused as InvalidImportTokenException.',
  },
  'model.import-invalid-ciphertext': {
    kind: 'aws-model',
    source: 'InvalidCiphertextException',
    fact: 'ImportKeyMaterial whose encrypted (wrapped) key material KMS cannot decrypt is refused as InvalidCiphertextException.',
  },
} as const satisfies Record<string, Evidence>;
