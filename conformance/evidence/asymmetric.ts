import type { Evidence } from './types.js';

const API = 'https://docs.aws.amazon.com/kms/latest/APIReference';
const GUIDE = 'https://docs.aws.amazon.com/kms/latest/developerguide';

/** Key pairs, signatures, MACs, RSA encryption and key agreement. */
export const asymmetricEvidence = {
  'recorded.sign-verify': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_sign_verify[ECC_NIST_P256-ECDSA_SHA_256] → verification',
    fact: 'A signature from Sign verifies through Verify: SignatureValid true, with the key ARN and the SigningAlgorithm.',
  },
  'recorded.bad-signature': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_sign_verify[ECC_NIST_P256-ECDSA_SHA_256] → bad-signature',
    fact: 'Verify of a signature that does not match (another message’s, or a changed one) is refused as KMSInvalidSignatureException (400) with an empty message, not answered SignatureValid false.',
  },
  'recorded.bad-digest': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_sign_verify[RSA_2048-RSASSA_PSS_SHA_256] → bad-digest',
    fact: 'Sign with MessageType DIGEST and a message that is not a digest of the algorithm’s length is refused as ValidationException (400): Digest is invalid length for algorithm <algorithm>.',
  },
  'docs.sign': {
    kind: 'aws-docs',
    source: `${API}/API_Sign.html`,
    fact: 'Sign signs with the private key of an asymmetric SIGN_VERIFY key; ECDSA signatures are DER-encoded (RFC 3279); a signature verifies outside KMS with the public key from GetPublicKey and standard cryptography.',
  },
  'docs.get-public-key': {
    kind: 'aws-docs',
    source: `${API}/API_GetPublicKey.html`,
    fact: 'GetPublicKey returns the public key of an asymmetric key as a DER-encoded X.509 SubjectPublicKeyInfo (RFC 5280), with its KeySpec and KeyUsage.',
  },
  'docs.rsa-encryption': {
    kind: 'aws-docs',
    source: `${GUIDE}/asymm-create-key.html`,
    fact: 'Data encrypted outside KMS with the public key of an RSA ENCRYPT_DECRYPT key (RSAES-OAEP with SHA-1 or SHA-256) decrypts through Decrypt with the KeyId and EncryptionAlgorithm; Encrypt returns RSA ciphertext as long as the modulus.',
  },
  'recorded.rsa-plaintext-limit': {
    kind: 'recorded-aws',
    source:
      'TestKMS::test_encrypt_validate_plaintext_size_per_key_type[RSA_2048-RSAES_OAEP_SHA_1] → generate-random-exc',
    fact: 'Encrypt with RSA_2048 and RSAES_OAEP_SHA_1 refuses more than 214 bytes as ValidationException (400): Algorithm RSAES_OAEP_SHA_1 and key spec RSA_2048 cannot encrypt data larger than 214 bytes.',
  },
  'recorded.data-key-pair': {
    kind: 'recorded-aws',
    source: 'TestKMSGenerateKeys::test_generate_data_key_pair → generate-data-key-pair',
    fact: 'A GenerateDataKeyPair reply carries PrivateKeyCiphertextBlob, PrivateKeyPlaintext, PublicKey, KeyId (the key ARN) and KeyPairSpec.',
  },
  'docs.data-key-pair': {
    kind: 'aws-docs',
    source: `${API}/API_GenerateDataKeyPair.html`,
    fact: 'GenerateDataKeyPair returns a unique key pair of KeyPairSpec: the public key as DER SubjectPublicKeyInfo, the private key as DER PKCS#8 in plaintext and encrypted under the symmetric KMS key, which Decrypt opens to the same bytes with the same encryption context.',
  },
  'recorded.data-key-pair-dry-run': {
    kind: 'recorded-aws',
    source: 'TestKMSGenerateKeys::test_generate_data_key_pair_dry_run → dryrun_exception',
    fact: 'GenerateDataKeyPair with DryRun true is refused as DryRunOperationException (400): The request would have succeeded, but the DryRun option is set.',
  },
  'recorded.mac': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_generate_and_verify_mac[HMAC_256-HMAC_SHA_256] → verify-mac',
    fact: 'A MAC from GenerateMac verifies through VerifyMac: MacValid true, with the key ARN and MacAlgorithm.',
  },
  'recorded.bad-mac': {
    kind: 'recorded-aws',
    source:
      'TestKMS::test_invalid_verify_mac[HMAC_256-HMAC_SHA_256-some different important message] → verify-mac',
    fact: 'VerifyMac of a MAC that does not match is refused as KMSInvalidMacException (400) with an empty message, not answered MacValid false.',
  },
  'recorded.mac-algorithm': {
    kind: 'recorded-aws',
    source:
      'TestKMS::test_invalid_verify_mac[HMAC_256-HMAC_SHA_512-some important message] → verify-mac',
    fact: 'A MAC algorithm of another HMAC key spec is refused as InvalidKeyUsageException (400): Algorithm HMAC_SHA_512 is incompatible with key spec HMAC_256.',
  },
  'recorded.shared-secret': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_derive_shared_secret_matches_openssl → derived-shared-key-resp',
    fact: 'DeriveSharedSecret with a KEY_AGREEMENT key and the other side’s public key returns the ECDH shared secret OpenSSL derives from the other side’s private key and the KMS public key, with KeyAgreementAlgorithm ECDH and KeyOrigin.',
  },
  'recorded.agreement-usage': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_derive_shared_secret → response-invalid-key-usage',
    fact: 'DeriveSharedSecret with a SIGN_VERIFY key is refused as InvalidKeyUsageException (400): <key ARN> key usage is SIGN_VERIFY which is not valid for DeriveSharedSecret.',
  },
  'model.asymmetric-dry-run': {
    kind: 'aws-model',
    source: 'SignRequest.DryRun',
    fact: 'Sign, Verify, GenerateMac, VerifyMac, GenerateDataKeyPair, GenerateDataKeyPairWithoutPlaintext and DeriveSharedSecret take DryRun and list DryRunOperationException.',
  },
} as const satisfies Record<string, Evidence>;
