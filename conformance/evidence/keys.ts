import type { Evidence } from './types.js';

const API = 'https://docs.aws.amazon.com/kms/latest/APIReference';
const GUIDE = 'https://docs.aws.amazon.com/kms/latest/developerguide';

/** Keys: ids, states, regions, metadata, aliases, tags, dry runs. */
export const keyEvidence = {
  'recorded.not-found': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_get_key_does_not_exist → describe-nonexistent-key-with-id',
    fact: "A well-formed key id that names no key is refused as NotFoundException (400), the message naming the key ARN even for a bare id: Key '<key ARN>' does not exist.",
  },
  'recorded.other-region-arn': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_get_key_in_different_region → describe-key-diff-region-with-arn',
    fact: 'A key ARN naming a region other than the endpoint’s is refused as NotFoundException with the message Invalid arn <region>.',
  },
  'docs.key-state-table': {
    kind: 'aws-docs',
    source: `${GUIDE}/key-state.html`,
    fact: 'Crypto operations on a Disabled key are refused as DisabledException; on a key PendingDeletion as KMSInvalidStateException (the table also allows DisabledException there); on a key PendingImport as KMSInvalidStateException. ScheduleKeyDeletion of a key already PendingDeletion is refused as KMSInvalidStateException. DescribeKey works in every state.',
  },
  'recorded.disabled': {
    kind: 'recorded-aws',
    source:
      'TestKMS::test_rotate_key_on_demand_raises_error_given_key_is_disabled → error-response',
    fact: 'An operation on a disabled key is refused as DisabledException (400) with the message <key ARN> is disabled.',
  },
  'recorded.fresh-key-metadata': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_create_key → describe-key',
    fact: 'The KeyMetadata of a fresh symmetric key carries AWSAccountId, Arn, CreationDate, CurrentKeyMaterialId, CustomerMasterKeySpec, Description, Enabled true, EncryptionAlgorithms [SYMMETRIC_DEFAULT], KeyId, KeyManager CUSTOMER, KeySpec, KeyState Enabled, KeyUsage ENCRYPT_DECRYPT, MultiRegion false and Origin AWS_KMS; no MultiRegionConfiguration.',
  },
  'recorded.multi-region-key': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_create_multi_region_key → create_multi_region_key',
    fact: 'A multi-Region key has MultiRegion true and a MultiRegionConfiguration (MultiRegionKeyType PRIMARY, PrimaryKey, ReplicaKeys).',
  },
  'docs.multi-region-key-id': {
    kind: 'aws-docs',
    source: `${GUIDE}/multi-region-keys-overview.html`,
    fact: 'A multi-Region key id is mrk- followed by 32 hex digits; such keys work in crypto operations like any symmetric key.',
  },
  'recorded.key-usage': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_error_messaging_for_invalid_keys → encrypt-invalid-key-id',
    fact: 'Encrypt with a SIGN_VERIFY key is refused as InvalidKeyUsageException (400): <key ARN> key usage is SIGN_VERIFY which is not valid for Encrypt.',
  },
  'model.invalid-key-usage': {
    kind: 'aws-model',
    source: 'InvalidKeyUsageException',
    fact: 'An operation on a key whose KeyUsage or KeySpec does not fit it is refused as InvalidKeyUsageException: data keys, Encrypt and ReEncrypt need a symmetric ENCRYPT_DECRYPT key.',
  },
  'docs.dry-run': {
    kind: 'aws-docs',
    source: `${GUIDE}/programming-dryrun.html`,
    fact: 'With DryRun true a call that would have succeeded is refused as DryRunOperationException; it changes nothing.',
  },
  'recorded.dry-run': {
    kind: 'recorded-aws',
    source: 'TestKMSGenerateKeys::test_generate_data_key_pair_dry_run → dryrun_exception',
    fact: 'A DryRun that would have succeeded is answered DryRunOperationException (400): The request would have succeeded, but the DryRun option is set.',
  },
  'inference.dry-run-would-fail': {
    kind: 'inference',
    source: 'docs.dry-run',
    fact: 'A DryRun call that would fail gets the error the real call would get (DisabledException, NotFoundException) rather than DryRunOperationException; no recording shows it.',
  },
  'docs.list-aliases': {
    kind: 'aws-docs',
    source: `${API}/API_ListAliases.html`,
    fact: 'ListAliases lists AliasName, AliasArn and TargetKeyId (the bare key id) per alias; KeyId filters to one key’s aliases; Limit pages, with Truncated and NextMarker.',
  },
  'docs.list-keys': {
    kind: 'aws-docs',
    source: `${API}/API_ListKeys.html`,
    fact: 'ListKeys lists KeyId and KeyArn per key; with Limit the reply says Truncated true and gives NextMarker exactly when more remain, and Marker continues from there; walking the markers visits every key once.',
  },
} as const satisfies Record<string, Evidence>;
