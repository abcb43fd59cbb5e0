/**
 * Grants as the key record keeps them (AWS spelling inside `constraints`, as the wire has it).
 * Kept apart from the rest of the record so the key's own fields stay as they were: a record
 * without `grants` (every file written before grants existed) is a key without grants.
 */

/** GrantConstraints members (https://docs.aws.amazon.com/kms/latest/APIReference/API_GrantConstraints.html). */
export interface GrantConstraints {
  EncryptionContextSubset?: Record<string, string>;
  EncryptionContextEquals?: Record<string, string>;
  SourceArn?: string;
}

export interface GrantRecord {
  /** 64 lowercase hex, the form KMS gives grant ids. */
  grantId: string;
  /** Epoch seconds. */
  createdAt: number;
  /** GrantOperation values, as given. */
  operations: string[];
  name?: string;
  granteePrincipal?: string;
  granteeServicePrincipal?: string;
  retiringPrincipal?: string;
  retiringServicePrincipal?: string;
  constraints?: GrantConstraints;
  /** 64 hex: the HMAC key that signs this grant's tokens, so a token outlives a restart. */
  tokenKey: string;
}

const HEX64 = /^[0-9a-f]{64}$/;
const OPTIONAL_STRINGS = [
  'name',
  'granteePrincipal',
  'granteeServicePrincipal',
  'retiringPrincipal',
  'retiringServicePrincipal',
] as const;

function isStringMap(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === 'string')
  );
}

function copyConstraints(c: GrantConstraints): GrantConstraints {
  const copy: GrantConstraints = {};
  if (c.EncryptionContextSubset) copy.EncryptionContextSubset = { ...c.EncryptionContextSubset };
  if (c.EncryptionContextEquals) copy.EncryptionContextEquals = { ...c.EncryptionContextEquals };
  if (c.SourceArn !== undefined) copy.SourceArn = c.SourceArn;
  return copy;
}

/** A deep copy with only the known fields. */
export function copyGrant(grant: GrantRecord): GrantRecord {
  const copy: GrantRecord = {
    grantId: grant.grantId,
    createdAt: grant.createdAt,
    operations: [...grant.operations],
    tokenKey: grant.tokenKey,
  };
  for (const field of OPTIONAL_STRINGS) {
    const value = grant[field];
    if (value !== undefined) copy[field] = value;
  }
  if (grant.constraints) copy.constraints = copyConstraints(grant.constraints);
  return copy;
}

function constraintsFromJson(json: unknown): GrantConstraints | undefined | false {
  if (json === undefined) return undefined;
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return false;
  const {
    EncryptionContextSubset: subset,
    EncryptionContextEquals: equals,
    SourceArn,
  } = json as Record<string, unknown>;
  if (subset !== undefined && !isStringMap(subset)) return false;
  if (equals !== undefined && !isStringMap(equals)) return false;
  if (SourceArn !== undefined && typeof SourceArn !== 'string') return false;
  const constraints: GrantConstraints = {};
  if (subset) constraints.EncryptionContextSubset = subset;
  if (equals) constraints.EncryptionContextEquals = equals;
  if (SourceArn !== undefined) constraints.SourceArn = SourceArn;
  return copyConstraints(constraints);
}

function grantFromJson(json: unknown): GrantRecord | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  const j = json as Record<string, unknown>;
  const { grantId, createdAt, operations, tokenKey } = j;
  if (typeof grantId !== 'string' || !HEX64.test(grantId)) return undefined;
  if (typeof tokenKey !== 'string' || !HEX64.test(tokenKey)) return undefined;
  if (typeof createdAt !== 'number' || !Number.isFinite(createdAt)) return undefined;
  if (!Array.isArray(operations) || !operations.every((op) => typeof op === 'string'))
    return undefined;
  const grant: GrantRecord = { grantId, createdAt, operations, tokenKey };
  for (const field of OPTIONAL_STRINGS) {
    const value = j[field];
    if (value === undefined) continue;
    if (typeof value !== 'string') return undefined;
    grant[field] = value;
  }
  const constraints = constraintsFromJson(j.constraints);
  if (constraints === false) return undefined;
  if (constraints) grant.constraints = constraints;
  return copyGrant(grant);
}

/**
 * A key record's `grants` from JSON: undefined when absent (records from before grants), false
 * when present but malformed (a bad record), else the list.
 */
export function grantsFromJson(json: unknown): GrantRecord[] | undefined | false {
  if (json === undefined) return undefined;
  if (!Array.isArray(json)) return false;
  const grants = json.map(grantFromJson);
  return grants.every((g): g is GrantRecord => g !== undefined) ? grants : false;
}
