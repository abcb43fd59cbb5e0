import type { OperationInput } from '../contract/index.js';
import { kmsError } from '../errors/index.js';
import type { GrantConstraints, GrantRecord, KeyRecord } from '../keystore/index.js';
import { keyArn } from './config.js';
import type { MockContext } from './context.js';

/**
 * CreateGrant's rules that JSON Schema cannot state, from the CreateGrant and grants pages of
 * the AWS docs (https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateGrant.html,
 * https://docs.aws.amazon.com/kms/latest/developerguide/grants.html). No reply of real KMS to a
 * grant request is recorded, so messages are the mock's own wording.
 */

/** Grants per KMS key, and grants for one principal per key (KMS quotas). */
export const MAX_GRANTS_PER_KEY = 50_000;
export const MAX_GRANTS_PER_PRINCIPAL = 500;

const ALWAYS = ['DescribeKey', 'CreateGrant', 'RetireGrant'];
const DATA_KEYS = [
  'Encrypt',
  'Decrypt',
  'ReEncryptFrom',
  'ReEncryptTo',
  'GenerateDataKey',
  'GenerateDataKeyWithoutPlaintext',
  'GenerateDataKeyPair',
  'GenerateDataKeyPairWithoutPlaintext',
];

/** The grant operations a key supports, by usage and spec ("Grant operations" in the grants guide). */
export function grantOperationsFor(key: KeyRecord): readonly string[] {
  if (key.keyUsage === 'ENCRYPT_DECRYPT')
    return key.keySpec === 'SYMMETRIC_DEFAULT'
      ? [...ALWAYS, ...DATA_KEYS]
      : [...ALWAYS, 'Encrypt', 'Decrypt', 'ReEncryptFrom', 'ReEncryptTo', 'GetPublicKey'];
  if (key.keyUsage === 'SIGN_VERIFY') return [...ALWAYS, 'Sign', 'Verify', 'GetPublicKey'];
  if (key.keyUsage === 'GENERATE_VERIFY_MAC') return [...ALWAYS, 'GenerateMac', 'VerifyMac'];
  return [...ALWAYS, 'DeriveSharedSecret', 'GetPublicKey'];
}

const invalid = (message: string): never => {
  throw kmsError('ValidationException', message);
};

/** Principals and constraints: which members go together (the member docs of CreateGrantRequest). */
export function checkGrantRequest(input: OperationInput<'CreateGrant'>): void {
  const grantee = input.GranteePrincipal !== undefined;
  const granteeService = input.GranteeServicePrincipal !== undefined;
  if (grantee === granteeService)
    invalid('You must specify either GranteePrincipal or GranteeServicePrincipal, but not both.');
  if (input.RetiringPrincipal !== undefined && input.RetiringServicePrincipal !== undefined)
    invalid('You can specify either RetiringPrincipal or RetiringServicePrincipal, but not both.');
  const constraints = input.Constraints ?? {};
  if (
    constraints.EncryptionContextSubset !== undefined &&
    constraints.EncryptionContextEquals !== undefined
  )
    invalid('EncryptionContextSubset and EncryptionContextEquals cannot both be specified.');
  if (granteeService) {
    if (constraints.SourceArn === undefined)
      invalid('A grant for a GranteeServicePrincipal needs a SourceArn constraint.');
    if (input.RetiringPrincipal === undefined && input.RetiringServicePrincipal === undefined)
      invalid('A grant for a GranteeServicePrincipal needs a retiring principal.');
  }
  if (input.Operations.length === 0) invalid('Grants must contain at least one operation.');
  if (input.Operations.every((op) => op === 'CreateGrant'))
    invalid('Grants must not contain only the CreateGrant operation.');
}

/**
 * What the key allows: a key state in which grants can be made (everything but pending deletion
 * and unavailable; the key state table), operations the key supports, and encryption context
 * constraints only where an operation takes an encryption context (symmetric encryption keys).
 */
export function checkGrantForKey(
  ctx: MockContext,
  key: KeyRecord,
  input: OperationInput<'CreateGrant'>,
): void {
  const arn = keyArn(ctx.config, key.keyId);
  if (key.keyState === 'PendingDeletion' || key.keyState === 'PendingReplicaDeletion')
    throw kmsError('KMSInvalidStateException', `${arn} is pending deletion.`);
  if (key.keyState === 'Unavailable' || key.keyState === 'Creating')
    throw kmsError('KMSInvalidStateException', `${arn} is ${key.keyState.toLowerCase()}.`);
  const supported = grantOperationsFor(key);
  const unsupported = input.Operations.filter((op) => !supported.includes(op));
  if (unsupported.length > 0)
    invalid(`${unsupported.join(', ')} is not a valid grant operation for ${arn}.`);
  const { EncryptionContextSubset: subset, EncryptionContextEquals: equals } =
    input.Constraints ?? {};
  const contextual = input.Operations.some((op) => !ALWAYS.includes(op));
  if ((subset ?? equals) !== undefined && key.keySpec !== 'SYMMETRIC_DEFAULT' && contextual)
    invalid(
      'Encryption context grant constraints are supported only on symmetric encryption keys.',
    );
}

/** The grant a request describes, as stored (without id, date and token key). */
export function grantFields(
  input: OperationInput<'CreateGrant'>,
): Omit<GrantRecord, 'grantId' | 'createdAt' | 'tokenKey'> {
  const fields: Omit<GrantRecord, 'grantId' | 'createdAt' | 'tokenKey'> = {
    operations: [...input.Operations],
  };
  if (input.Name !== undefined) fields.name = input.Name;
  if (input.GranteePrincipal !== undefined) fields.granteePrincipal = input.GranteePrincipal;
  if (input.GranteeServicePrincipal !== undefined)
    fields.granteeServicePrincipal = input.GranteeServicePrincipal;
  if (input.RetiringPrincipal !== undefined) fields.retiringPrincipal = input.RetiringPrincipal;
  if (input.RetiringServicePrincipal !== undefined)
    fields.retiringServicePrincipal = input.RetiringServicePrincipal;
  if (input.Constraints !== undefined) {
    const constraints: GrantConstraints = {};
    const { EncryptionContextSubset, EncryptionContextEquals, SourceArn } = input.Constraints;
    if (EncryptionContextSubset) constraints.EncryptionContextSubset = EncryptionContextSubset;
    if (EncryptionContextEquals) constraints.EncryptionContextEquals = EncryptionContextEquals;
    if (SourceArn !== undefined) constraints.SourceArn = SourceArn;
    fields.constraints = constraints;
  }
  return fields;
}

/** Sorted-key JSON, so two requests with the same members in another order compare equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null)
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/**
 * The existing grant a named retry returns: same Name and identical parameters ("if the grant
 * already exists, the original GrantId is returned without creating a new grant").
 */
export function sameNamedGrant(
  grants: readonly GrantRecord[],
  fields: ReturnType<typeof grantFields>,
): GrantRecord | undefined {
  if (fields.name === undefined) return undefined;
  const want = canonical({ ...fields, operations: [...fields.operations].sort() });
  return grants.find(
    ({ grantId: _id, createdAt: _at, tokenKey: _key, ...rest }) =>
      canonical({ ...rest, operations: [...rest.operations].sort() }) === want,
  );
}

/** Grant limits: LimitExceededException past the per-key and per-principal quotas. */
export function checkGrantLimits(
  grants: readonly GrantRecord[],
  fields: ReturnType<typeof grantFields>,
): void {
  if (grants.length >= MAX_GRANTS_PER_KEY)
    throw kmsError('LimitExceededException', 'The request exceeds the grants per key limit.');
  const principal = fields.granteePrincipal ?? fields.granteeServicePrincipal;
  const same = grants.filter(
    (g) => (g.granteePrincipal ?? g.granteeServicePrincipal) === principal,
  ).length;
  if (same >= MAX_GRANTS_PER_PRINCIPAL)
    throw kmsError(
      'LimitExceededException',
      'The request exceeds the grants for a given principal per key limit.',
    );
}
