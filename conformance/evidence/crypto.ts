import type { Evidence } from './types.js';

const API = 'https://docs.aws.amazon.com/kms/latest/APIReference';
const GUIDE = 'https://docs.aws.amazon.com/kms/latest/developerguide';

/** Data keys, encryption, decryption and the binding of a blob to its key and context. */
export const cryptoEvidence = {
  'docs.generate-data-key': {
    kind: 'aws-docs',
    source: `${API}/API_GenerateDataKey.html`,
    fact: 'GenerateDataKey returns a fresh data key in Plaintext and the same key encrypted under the KMS key in CiphertextBlob; KeySpec AES_256 makes 32 bytes, AES_128 16, NumberOfBytes exactly that many.',
  },
  'recorded.generate-data-key': {
    kind: 'recorded-aws',
    source: 'TestKMSGenerateKeys::test_generate_data_key → generate-data-key-result',
    fact: 'A GenerateDataKey reply carries CiphertextBlob, Plaintext and KeyId, the key ARN.',
  },
  'recorded.generate-data-key-without-plaintext': {
    kind: 'recorded-aws',
    source:
      'TestKMSGenerateKeys::test_generate_data_key_without_plaintext → generate-data-key-without-plaintext',
    fact: 'A GenerateDataKeyWithoutPlaintext reply carries CiphertextBlob and KeyId (the key ARN) and no Plaintext.',
  },
  'docs.generate-data-key-without-plaintext': {
    kind: 'aws-docs',
    source: `${API}/API_GenerateDataKeyWithoutPlaintext.html`,
    fact: 'GenerateDataKeyWithoutPlaintext takes the input of GenerateDataKey and returns only the encrypted data key, which Decrypt opens later.',
  },
  'docs.decrypt': {
    kind: 'aws-docs',
    source: `${API}/API_Decrypt.html`,
    fact: 'A symmetric ciphertext names the key that made it, so Decrypt needs no KeyId; it returns the plaintext, the key ARN in KeyId and the EncryptionAlgorithm.',
  },
  'recorded.decrypt-reply': {
    kind: 'recorded-aws',
    source:
      'TestKMS::test_encrypt_decrypt_encryption_context → decrypt_response_with_encryption_context',
    fact: 'A symmetric Decrypt reply carries KeyId, Plaintext, EncryptionAlgorithm SYMMETRIC_DEFAULT and KeyMaterialId.',
  },
  'docs.encrypt': {
    kind: 'aws-docs',
    source: `${API}/API_Encrypt.html`,
    fact: 'Encrypt takes 1 to 4096 bytes of Plaintext and returns CiphertextBlob, KeyId (the key ARN) and EncryptionAlgorithm; Decrypt gives the same bytes back.',
  },
  'recorded.encrypt-reply': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_encrypt_decrypt_encryption_context → encrypt_response',
    fact: 'An Encrypt reply carries CiphertextBlob, KeyId and EncryptionAlgorithm SYMMETRIC_DEFAULT.',
  },
  'docs.re-encrypt': {
    kind: 'aws-docs',
    source: `${API}/API_ReEncrypt.html`,
    fact: 'ReEncrypt decrypts a ciphertext and encrypts the plaintext under DestinationKeyId without exposing it; the reply names SourceKeyId and KeyId (the destination), both key ARNs.',
  },
  'recorded.re-encrypt-reply': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_re_encrypt[SYMMETRIC_DEFAULT-SYMMETRIC_DEFAULT] → test_re_encrypt',
    fact: 'A ReEncrypt reply carries CiphertextBlob, KeyId, SourceKeyId, SourceEncryptionAlgorithm and DestinationEncryptionAlgorithm.',
  },
  'model.response-key-arn': {
    kind: 'aws-model',
    source: 'GenerateDataKeyResponse.KeyId',
    fact: 'The KeyId of a crypto reply is the key ARN of the KMS key used, whichever form the request named it by.',
  },
  'docs.key-id-forms': {
    kind: 'aws-docs',
    source: `${GUIDE}/concepts.html#key-id`,
    fact: 'A request names a KMS key by key id, key ARN, alias name or alias ARN (crypto operations take all four).',
  },
  'docs.encryption-context': {
    kind: 'aws-docs',
    source: `${GUIDE}/encrypt_context.html`,
    fact: 'The encryption context is additional authenticated data: it is not stored in the ciphertext, and decryption needs the exact same pairs (case-sensitive, order irrelevant).',
  },
  'recorded.context-mismatch': {
    kind: 'recorded-aws',
    source:
      'TestKMS::test_encrypt_decrypt_encryption_context → decrypt_response_without_encryption_context',
    fact: 'Decrypt without the context the ciphertext was made with is refused as InvalidCiphertextException (400) with an empty message.',
  },
  'docs.invalid-ciphertext': {
    kind: 'aws-docs',
    source: `${API}/API_Decrypt.html`,
    fact: 'A ciphertext that is corrupted, cut short or otherwise invalid, or whose authenticated data differs, is refused as InvalidCiphertextException.',
  },
  'recorded.invalid-ciphertext': {
    kind: 'recorded-aws',
    source:
      'TestKMS::test_encrypt_decrypt_encryption_context → decrypt_response_with_invalid_ciphertext',
    fact: 'A ciphertext that is not one KMS made is refused as InvalidCiphertextException (400) with an empty message.',
  },
  'inference.flip-in-key-name': {
    kind: 'inference',
    source: 'docs.decrypt (the blob names its key, where is undocumented), auth.common-errors',
    fact: 'A tampered blob whose damage falls in the part naming the key reads as a blob for a key that does not exist, which KMS may refuse as AccessDeniedException rather than InvalidCiphertextException.',
  },
  'docs.blob-opaque': {
    kind: 'aws-docs',
    source: `${GUIDE}/data-keys.html`,
    fact: 'The encrypted data key is opaque: its layout is undocumented, so only its size bounds and a working round trip can be required, never its layout; it never carries the plaintext.',
  },
  'recorded.incorrect-key': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_error_messaging_for_invalid_keys → decrypt-invalid-key-id',
    fact: 'Decrypt naming a KeyId that is not the key of the ciphertext is refused as IncorrectKeyException (400).',
  },
  'docs.random-data-keys': {
    kind: 'aws-docs',
    source: 'https://docs.aws.amazon.com/kms/latest/cryptographic-details/kms-hsms.html',
    fact: 'Data keys and random bytes come from a NIST SP 800-90A random bit generator: uniformly random, fresh for every call, two calls never sharing a key.',
  },
  'recorded.re-encrypt-incorrect-source': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_re_encrypt_incorrect_source_key → incorrect-source-key',
    fact: 'ReEncrypt naming a SourceKeyId that is not the key of the ciphertext is refused as IncorrectKeyException (400).',
  },
  'model.decrypt-algorithm': {
    kind: 'aws-model',
    source: 'DecryptRequest.EncryptionAlgorithm',
    fact: 'Decrypt may name the EncryptionAlgorithm; for a symmetric ciphertext only SYMMETRIC_DEFAULT applies, and another algorithm cannot decrypt it.',
  },
} as const satisfies Record<string, Evidence>;
