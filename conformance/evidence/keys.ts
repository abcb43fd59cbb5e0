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
  'recorded.replicate-key': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_replicate_key → describe-replicated-key',
    fact: 'A replica made by ReplicateKey has the primary key id and an ARN in the replica Region; once created, DescribeKey in the replica Region shows it Enabled, MultiRegionKeyType REPLICA, its PrimaryKey in the primary Region (the same recording shows the ReplicateKey reply itself with KeyState Creating).',
  },
  'docs.replicate-key': {
    kind: 'aws-docs',
    source: `${API}/API_ReplicateKey.html`,
    fact: 'A replica key has the key ID and key material of its primary key, so data encrypted under one of them in one Region decrypts under another in a different Region without re-encrypting; the replica is created in the Region named by ReplicaRegion.',
  },
  'recorded.replicate-replica': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_replicate_replica_key_should_fail → fail-replicate-non-primary-key',
    fact: 'ReplicateKey of a replica key is refused as UnsupportedOperationException: <key ARN> is not a multi-region primary key.',
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
  'recorded.not-found-mrk': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_get_key_does_not_exist → describe-key-with-valid-id-mrk',
    fact: 'A well-formed multi-Region key id (mrk- and 32 hex digits) that names no key is refused as NotFoundException.',
  },
  'recorded.invalid-key-id-forms': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_get_key_invalid_uuid → describe-key-with-invalid-uuid-2',
    fact: 'Key ids in no valid form are refused as NotFoundException "Invalid keyId \'...\'": 32 hex digits without dashes (134f2428cec14b25a1ae9048164dba47) and mrk- with a bad suffix (mrk-fake-key-id).',
  },
  'recorded.other-region-id': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_get_key_in_different_region → describe-key-diff-region-with-id',
    fact: 'A key lives in one region: its bare id sent to another region is refused as NotFoundException.',
  },
  'docs.other-account-arn': {
    kind: 'aws-docs',
    source: `${GUIDE}/key-policy-modifying-external-accounts.html`,
    fact: 'A key ARN naming another account reaches that account’s key only where its key policy allows; a key ARN of an account that has no such key names nothing, and is refused.',
  },
  'recorded.pending-import': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_import_key_symmetric → encrypt-before-import-error',
    fact: 'Encrypt with a key whose origin is EXTERNAL and whose material is not imported yet is refused as KMSInvalidStateException: <key ARN> is pending import.',
  },
  'docs.schedule-key-deletion': {
    kind: 'aws-docs',
    source: `${API}/API_ScheduleKeyDeletion.html`,
    fact: 'ScheduleKeyDeletion (waiting period 7 to 30 days) puts the key in PendingDeletion, disabled, with a DeletionDate; DescribeKey shows KeyState PendingDeletion, Enabled false and the DeletionDate.',
  },
  'docs.cancel-key-deletion': {
    kind: 'aws-docs',
    source: `${API}/API_CancelKeyDeletion.html`,
    fact: 'CancelKeyDeletion leaves the key Disabled, not Enabled, and clears its DeletionDate.',
  },
  'recorded.hmac-key-usage': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_hmac_create_key_invalid_operations → create-hmac-key-without-key-usage',
    fact: 'CreateKey of a key spec other than SYMMETRIC_DEFAULT needs a KeyUsage; without it the request is refused as ValidationException.',
  },
  'recorded.alias-prefix': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_create_alias → create_alias',
    fact: 'CreateAlias with a name that does not begin with alias/ is refused as ValidationException (400).',
  },
  'docs.create-alias': {
    kind: 'aws-docs',
    source: `${API}/API_CreateAlias.html`,
    fact: 'An alias name begins with alias/ and may not begin with alias/aws/ (reserved for AWS managed keys); TargetKeyId is a key id or key ARN. A refused name is InvalidAliasNameException or ValidationException.',
  },
  'docs.delete-alias': {
    kind: 'aws-docs',
    source: `${API}/API_DeleteAlias.html`,
    fact: 'DeleteAlias removes the alias; afterwards a request naming it is refused as NotFoundException.',
  },
  'recorded.reserved-tag-key': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_create_key_with_invalid_tag_key[uppercase_prefix] → invalid-tag-key',
    fact: 'CreateKey with a tag key beginning with aws: in any letter case is refused as TagException: Tags beginning with aws: are reserved.',
  },
  'recorded.too-many-tags': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_create_key_with_too_many_tags_raises_error → invalid-tag-key',
    fact: 'CreateKey with more than 50 tags is refused as TagException: Too many tags.',
  },
  'recorded.duplicate-tag-keys': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_tag_key_with_duplicate_tag_keys_raises_error → duplicate-tag-keys',
    fact: 'Tags with the same key twice are refused as TagException: Duplicate tag keys.',
  },
  'inference.create-key-duplicate-tags': {
    kind: 'inference',
    source: 'recorded.duplicate-tag-keys (TagResource)',
    fact: 'CreateKey with the same tag key twice is refused as TagException, as TagResource is; no recording shows CreateKey itself.',
  },
  'recorded.metadata-without-multi-region': {
    kind: 'recorded-aws',
    source:
      'TestKMS::test_non_multi_region_keys_should_not_have_multi_region_properties → non_multi_region_keys_should_not_have_multi_region_properties',
    fact: 'A key that is not multi-Region has MultiRegion false and no MultiRegionConfiguration.',
  },
} as const satisfies Record<string, Evidence>;
