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
  'model.key-specs': {
    kind: 'aws-model',
    source: 'CreateKeyRequest.KeySpec',
    fact: 'KMS creates keys of every KeySpec the model lists, among them ECC_SECG_P256K1, ECC_NIST_EDWARDS25519 and ML_DSA_44/65/87 for SIGN_VERIFY; only SM2 is limited to the China Regions. ED25519_SHA_512 requires MessageType RAW and ED25519_PH_SHA_512 requires DIGEST; the two cannot be used interchangeably.',
  },
  'model.message-type': {
    kind: 'aws-model',
    source: 'SignRequest.MessageType',
    fact: 'With MessageType DIGEST, KMS skips the hashing step of the signing algorithm, so the signature of a digest is the signature of the message it digests; the digest must be as long as the algorithm’s hash. ED25519_PH_SHA_512 with DIGEST still applies Ed25519ph’s SHA-512 prehash to the digest (it is hashed twice). EXTERNAL_MU takes ML-DSA’s 64-byte representative mu (FIPS 204) and skips the hashing of the public key hash and the message.',
  },
  'docs.ml-dsa-offline': {
    kind: 'aws-docs',
    source: `${GUIDE}/offline-operations.html#mldsa-offline-verification`,
    fact: 'An ML_DSA_SHAKE_256 signature verifies outside KMS as a FIPS 204 ML-DSA signature (pure, empty context) with the public key from GetPublicKey.',
  },
  'recorded.secp256k1': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_sign_verify[ECC_SECG_P256K1-ECDSA_SHA_256] → verification',
    fact: 'KMS signs with an ECC_SECG_P256K1 SIGN_VERIFY key and ECDSA_SHA_256, and Verify of that signature is SignatureValid true.',
  },
  'recorded.secp256k1-offline': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_verify_salt_length[ECC_SECG_P256K1-ECDSA_SHA_256]',
    fact: 'A secp256k1 ECDSA_SHA_256 signature of a RAW message, and of its SHA-256 DIGEST, verifies outside KMS as a DER ECDSA signature with the public key from GetPublicKey (the test run against AWS verifies both with the cryptography library).',
  },
  'recorded.pss-salt-length': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_verify_salt_length[RSA_2048-RSASSA_PSS_SHA_384]',
    fact: 'An RSASSA_PSS signature of a RAW message, and of its DIGEST, verifies outside KMS with PSS, MGF1 of the same hash and a salt as long as the digest (32, 48 or 64 bytes; the test run against AWS verifies each with exactly that salt length).',
  },
  'docs.pss-salt-length': {
    kind: 'aws-docs',
    source: `${GUIDE}/symm-asymm-choose-key-spec.html`,
    fact: 'RSASSA_PSS_SHA_256/384/512 are PKCS #1 v2.2 RSA signatures with PSS padding, SHA-2 for the digest and for MGF1, and a salt of 256, 384 or 512 bits.',
  },
  'recorded.digest-offline': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_verify_salt_length[ECC_NIST_P256-ECDSA_SHA_256]',
    fact: 'An ECDSA_SHA_256 signature of a RAW message and one of its SHA-256 DIGEST both verify outside KMS against the same message (the DIGEST one as a prehashed signature).',
  },
  'recorded.verify-bad-digest': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_sign_verify[ECC_NIST_P256-ECDSA_SHA_256]',
    fact: 'Verify with MessageType DIGEST and a message that is not a digest of the algorithm’s length is refused as ValidationException, as Sign is (the test run against AWS asserts both; Sign’s reply is recorded as bad-digest: Digest is invalid length for algorithm ECDSA_SHA_256.).',
  },
  'recorded.mac-spec-message': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_invalid_generate_mac[HMAC_224-HMAC_SHA_256] → generate-mac',
    fact: 'GenerateMac with HMAC_SHA_256 on an HMAC_224 key is refused as InvalidKeyUsageException (400): Algorithm HMAC_SHA_256 is incompatible with key spec HMAC_224.',
  },
  'recorded.mac-usage': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_error_messaging_for_invalid_keys → generate-mac-invalid-key-id',
    fact: 'GenerateMac with an ENCRYPT_DECRYPT key is refused as InvalidKeyUsageException (400): <key ARN> key usage is ENCRYPT_DECRYPT which is not valid for GenerateMac.',
  },
  'recorded.sign-usage': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_error_messaging_for_invalid_keys → sign-invalid-key-id',
    fact: 'Sign with a GENERATE_VERIFY_MAC key is refused as InvalidKeyUsageException (400): <key ARN> key usage is GENERATE_VERIFY_MAC which is not valid for Sign.',
  },
  'recorded.verify-usage': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_error_messaging_for_invalid_keys → verify-invalid-key-id',
    fact: 'Verify with an ENCRYPT_DECRYPT key is refused as InvalidKeyUsageException (400): <key ARN> key usage is ENCRYPT_DECRYPT which is not valid for Verify.',
  },
  'recorded.agreement-usage-encrypt': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_derive_shared_secret → response-invalid-key',
    fact: 'DeriveSharedSecret with an ENCRYPT_DECRYPT key is refused as InvalidKeyUsageException (400): <key ARN> key usage is ENCRYPT_DECRYPT which is not valid for DeriveSharedSecret.',
  },
  'model.algorithm-key-spec': {
    kind: 'aws-model',
    source: 'InvalidKeyUsageException',
    fact: 'A request is refused as InvalidKeyUsageException when the key’s KeyUsage does not fit the operation (Sign and Verify need SIGN_VERIFY, GenerateMac and VerifyMac GENERATE_VERIFY_MAC, DeriveSharedSecret KEY_AGREEMENT) or when the signing or encryption algorithm does not fit the key’s KeySpec.',
  },
} as const satisfies Record<string, Evidence>;
