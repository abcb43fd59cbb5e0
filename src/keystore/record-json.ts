/**
 * Key and alias records as JSON values, for the durable store. Material is base64 (it is binary);
 * everything read back is checked field by field, since a file on disk is outside input.
 */
import { decodeBase64 as base64ToBytes, encodeBase64 as bytesToBase64 } from '../codec/base64.js';
import type { AliasRecord, KeyOrigin, KeyRecord, KeyState, KeyUsage, Tag } from './types.js';

type Json = Record<string, unknown>;

const USAGES: readonly KeyUsage[] = [
  'ENCRYPT_DECRYPT',
  'SIGN_VERIFY',
  'GENERATE_VERIFY_MAC',
  'KEY_AGREEMENT',
];
const ORIGINS: readonly KeyOrigin[] = ['AWS_KMS', 'EXTERNAL', 'AWS_CLOUDHSM', 'EXTERNAL_KEY_STORE'];
const STATES: readonly KeyState[] = [
  'Creating',
  'Enabled',
  'Disabled',
  'PendingDeletion',
  'PendingImport',
  'PendingReplicaDeletion',
  'Unavailable',
  'Updating',
];

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return (values as readonly unknown[]).includes(value);
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isTag = (v: unknown): v is Tag => isObject(v) && isString(v.TagKey) && isString(v.TagValue);

/**
 * Binary fields as base64. Asymmetric and HMAC material (`publicKey`, `privateKey`, `macKey`) are
 * optional fields added after the first format: files without them still read, as keys without
 * that material.
 */
export function keyToJson(record: KeyRecord): Json {
  const { material, keyPair, macKey, ...rest } = record;
  return {
    ...rest,
    ...(material ? { material: bytesToBase64(material) } : {}),
    ...(keyPair
      ? {
          publicKey: bytesToBase64(keyPair.publicKey),
          privateKey: bytesToBase64(keyPair.privateKey),
        }
      : {}),
    ...(macKey ? { macKey: bytesToBase64(macKey) } : {}),
  };
}

/** Optional base64 bytes: absent, or non-empty canonical base64 (anything else is a bad record). */
function optionalBytes(value: unknown): Uint8Array | undefined | false {
  if (value === undefined) return undefined;
  const bytes = isString(value) ? base64ToBytes(value) : undefined;
  return bytes && bytes.length > 0 ? bytes : false;
}

/** A key record from JSON, or undefined when any field is missing or of the wrong type. */
export function keyFromJson(json: unknown): KeyRecord | undefined {
  if (!isObject(json)) return undefined;
  const { keyId, createdAt, description, keyUsage, keySpec, origin, keyState, multiRegion } = json;
  if (!isString(keyId) || !isNumber(createdAt) || !isString(description) || !isString(keySpec)) {
    return undefined;
  }
  if (!oneOf(USAGES, keyUsage) || !oneOf(ORIGINS, origin) || !oneOf(STATES, keyState))
    return undefined;
  if (
    typeof multiRegion !== 'boolean' ||
    (json.keyManager !== 'CUSTOMER' && json.keyManager !== 'AWS')
  ) {
    return undefined;
  }
  const record: KeyRecord = {
    keyId,
    createdAt,
    description,
    keyUsage,
    keySpec,
    origin,
    keyState,
    multiRegion,
    keyManager: json.keyManager,
  };
  const { deletionDate, pendingWindowInDays, material, materialId, tags, policy } = json;
  if (deletionDate !== undefined) {
    if (!isNumber(deletionDate)) return undefined;
    record.deletionDate = deletionDate;
  }
  if (pendingWindowInDays !== undefined) {
    if (!isNumber(pendingWindowInDays)) return undefined;
    record.pendingWindowInDays = pendingWindowInDays;
  }
  if (material !== undefined) {
    const bytes = isString(material) ? base64ToBytes(material) : undefined;
    if (bytes?.length !== 32 || !isString(materialId) || !/^[a-f0-9]{64}$/.test(materialId)) {
      return undefined;
    }
    record.material = bytes;
    record.materialId = materialId;
  }
  if (material === undefined && materialId !== undefined) return undefined;
  const publicKey = optionalBytes(json.publicKey);
  const privateKey = optionalBytes(json.privateKey);
  const macKey = optionalBytes(json.macKey);
  if (publicKey === false || privateKey === false || macKey === false) return undefined;
  if ((publicKey === undefined) !== (privateKey === undefined)) return undefined;
  if (publicKey && privateKey) record.keyPair = { publicKey, privateKey };
  if (macKey) record.macKey = macKey;
  if (tags !== undefined) {
    if (!Array.isArray(tags) || !tags.every(isTag)) return undefined;
    record.tags = tags.map((t) => ({ TagKey: t.TagKey, TagValue: t.TagValue }));
  }
  // Optional, so records written before policies were kept still load (they get the default).
  if (policy !== undefined) {
    if (!isString(policy)) return undefined;
    record.policy = policy;
  }
  return record;
}

/** An alias record from JSON, or undefined when malformed. */
export function aliasFromJson(json: unknown): AliasRecord | undefined {
  if (!isObject(json)) return undefined;
  const { aliasName, targetKeyId, createdAt, updatedAt } = json;
  if (
    !isString(aliasName) ||
    !isString(targetKeyId) ||
    !isNumber(createdAt) ||
    !isNumber(updatedAt)
  ) {
    return undefined;
  }
  return { aliasName, targetKeyId, createdAt, updatedAt };
}
