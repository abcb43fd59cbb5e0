import type { Evidence } from './types.js';

const API = 'https://docs.aws.amazon.com/kms/latest/APIReference';
const GUIDE = 'https://docs.aws.amazon.com/kms/latest/developerguide';
/** LocalStack's KMS tests at the commit test/fixtures/aws-recorded/ was copied from. */
const LOCALSTACK_TESTS =
  'https://github.com/localstack/localstack/blob/8b9a79f05846835cf4dff63ab7eefdde9df83783/tests/aws/services/kms/test_kms.py';

/**
 * Grants: CreateGrant, ListGrants, RetireGrant, RevokeGrant and grant tokens. No reply of KMS to
 * a grant request is recorded; LocalStack's grant tests say they ran against AWS (the validation
 * file beside the recordings gives the date) but kept no reply, so what they assert is a third
 * party's word (kind `sdk`), cited beside the checks it agrees with.
 */
export const grantsEvidence = {
  'docs.create-grant': {
    kind: 'aws-docs',
    source: `${API}/API_CreateGrant.html`,
    fact: 'CreateGrant adds a grant to a KMS key and answers a GrantToken and a GrantId; the GrantId with a key identifier names the grant to RetireGrant and RevokeGrant, and ListGrants finds it.',
  },
  'docs.grant-view': {
    kind: 'aws-docs',
    source: `${GUIDE}/grant-view.html`,
    fact: 'ListGrants of a key, asked by its key id, lists each grant of the key with the key ARN as KeyId, its GrantId, Name, GranteePrincipal, Operations, IssuingAccount, CreationDate and any RetiringPrincipal and Constraints.',
  },
  'docs.list-grants': {
    kind: 'aws-docs',
    source: `${API}/API_ListGrants.html`,
    fact: 'ListGrants needs the KMS key; its list can be narrowed to one grant by GrantId or to a grantee principal, and it pages with Limit, Marker, Truncated and NextMarker.',
  },
  'docs.using-grant-token': {
    kind: 'aws-docs',
    source: `${GUIDE}/using-grant-token.html`,
    fact: 'The GrantToken that CreateGrant answers is sent in the GrantTokens parameter of an operation the grant allows (GenerateDataKey in the guide’s example) to use the grant at once; one request may carry several tokens, and a token can also name the grant to RetireGrant.',
  },
  'docs.revoke-grant': {
    kind: 'aws-docs',
    source: `${API}/API_RevokeGrant.html`,
    fact: 'RevokeGrant deletes the grant named by KeyId and GrantId; it takes no grant token.',
  },
  'docs.retire-grant': {
    kind: 'aws-docs',
    source: `${API}/API_RetireGrant.html`,
    fact: 'RetireGrant deletes a grant, named either by its GrantToken or by the key ARN (KeyId) together with the GrantId.',
  },
  'model.grant-tokens-member': {
    kind: 'aws-model',
    source: 'EncryptRequest.GrantTokens',
    fact: 'Encrypt, like GenerateDataKey and the other cryptographic operations, takes GrantTokens: the tokens of grants that allow the call, for a grant too new to be known everywhere yet.',
  },
  'model.grant-name': {
    kind: 'aws-model',
    source: 'CreateGrantRequest.Name',
    fact: 'With a Name, a CreateGrant retried with identical parameters answers the GrantId of the grant already made and makes none; the GrantToken is new with every CreateGrant, and every token of one grant works alike. Without a Name each CreateGrant makes a new grant.',
  },
  'model.grant-operation': {
    kind: 'aws-model',
    source: 'GrantOperation',
    fact: 'A grant operation is one of 17 names (Decrypt, Encrypt, GenerateDataKey, GenerateDataKeyWithoutPlaintext, ReEncryptFrom, ReEncryptTo, Sign, Verify, GetPublicKey, CreateGrant, RetireGrant, DescribeKey, GenerateDataKeyPair, GenerateDataKeyPairWithoutPlaintext, GenerateMac, VerifyMac, DeriveSharedSecret); any other value breaks the enum.',
  },
  'model.create-grant-request': {
    kind: 'aws-model',
    source: 'CreateGrantRequest',
    fact: 'CreateGrant requires KeyId and Operations; GranteePrincipal, GranteeServicePrincipal, RetiringPrincipal, Constraints, GrantTokens, Name and DryRun are optional members.',
  },
  'model.grant-operations-for-key': {
    kind: 'aws-model',
    source: 'CreateGrantRequest.Operations',
    fact: 'The operations of a grant must be ones the key supports: a grant allowing Sign on a symmetric encryption key is refused with a validation error (ValidationException, the type KMS gives a request it finds invalid).',
  },
  'model.grantee-principal': {
    kind: 'aws-model',
    source: 'CreateGrantRequest.GranteePrincipal',
    fact: 'The grantee is an AWS principal ARN (an account, IAM user or role, federated or assumed-role user); a CreateGrant must give either GranteePrincipal or GranteeServicePrincipal, not both.',
  },
  'model.grant-not-found': {
    kind: 'aws-model',
    source: 'CreateGrant',
    fact: 'CreateGrant, ListGrants, RetireGrant and RevokeGrant declare NotFoundException, the error for a KMS key that does not exist.',
  },
  'model.invalid-grant-token': {
    kind: 'aws-model',
    source: 'InvalidGrantTokenException',
    fact: 'A grant token that is not valid is refused as InvalidGrantTokenException, which Encrypt, GenerateDataKey, the other operations taking GrantTokens, CreateGrant and RetireGrant declare.',
  },
  'inference.gone-grant-token': {
    kind: 'inference',
    source: 'docs.retire-grant, docs.revoke-grant and model.invalid-grant-token',
    fact: 'A retired or revoked grant is deleted, so its token names no grant and is no longer a valid grant token: InvalidGrantTokenException. No reply of KMS shows it, and a real KMS may still take the token for a while (eventual consistency).',
  },
  'sdk.validated-create-list-grants': {
    kind: 'sdk',
    source: `${LOCALSTACK_TESTS} (TestKMS::test_create_grant_with_valid_key, TestKMS::test_create_grant_with_same_name_two_keys)`,
    fact: 'Two LocalStack tests that the validation file beside the recordings says last ran against AWS on 2024-04-11 assert that CreateGrant answers a GrantId and a GrantToken, that ListGrants asked at once then lists one grant more, and that one Name used on two keys leaves each key one grant; no reply was kept.',
  },
  'sdk.validated-grant-unknown-key': {
    kind: 'sdk',
    source: `${LOCALSTACK_TESTS} (TestKMS::test_create_grant_with_invalid_key, TestKMS::test_list_grants_with_invalid_key)`,
    fact: 'Two LocalStack tests that the validation file says last ran against AWS on 2024-04-11 assert that CreateGrant and ListGrants with KeyId "invalid" fail with an error that matches NotFoundException; no reply was kept.',
  },
  'sdk.validated-retire-revoke': {
    kind: 'sdk',
    source: `${LOCALSTACK_TESTS} (TestKMS::test_retire_grant_with_grant_token, TestKMS::test_revoke_grant)`,
    fact: 'Two LocalStack tests that the validation file says last ran against AWS on 2024-04-11 assert that at once after RetireGrant with a grant’s GrantToken, or RevokeGrant with the KeyId and GrantId, ListGrants of the key lists one grant fewer; no reply was kept.',
  },
} as const satisfies Record<string, Evidence>;
