/**
 * Key and alias records as JSON values, for the durable store. Material is base64 (it is binary);
 * everything read back is checked field by field, since a file on disk is outside input.
 */
import { decodeBase64 as base64ToBytes, encodeBase64 as bytesToBase64 } from '../codec/base64.js';
import { grantsFromJson } from './grant-record.js';
import { MATERIAL_STATES } from './materials.js';
import type {
  ImportedMaterial,
  AliasRecord,
  AutomaticRotation,
  ExpirationModel,
  KeyMaterialVersion,
  KeyOrigin,
  KeyRecord,
  KeyState,
  KeyUsage,
  RotationType,
  Tag,
} from './types.js';

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

const ROTATION_TYPES: readonly RotationType[] = ['AUTOMATIC', 'ON_DEMAND'];
const EXPIRATION_MODELS: readonly ExpirationModel[] = [
  'KEY_MATERIAL_EXPIRES',
  'KEY_MATERIAL_DOES_NOT_EXPIRE',
];
const MATERIAL_ID = /^[a-f0-9]{64}$/;

const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isTag = (v: unknown): v is Tag => isObject(v) && isString(v.TagKey) && isString(v.TagValue);

/**
 * Binary fields as base64. Key material is written as the `materials` list; the older single
 * `material` / `materialId` pair is still read (see `materialsFromJson`). Asymmetric and HMAC material (`publicKey`, `privateKey`, `macKey`) are
 * optional fields added after the first format: files without them still read, as keys without
 * that material.
 */
export function keyToJson(record: KeyRecord): Json {
  const { materials, keyPair, macKey, importTokenKey, ...rest } = record;
  return {
    ...rest,
    ...(materials ? { materials: materials.map(materialToJson) } : {}),
    ...(keyPair
      ? {
          publicKey: bytesToBase64(keyPair.publicKey),
          privateKey: bytesToBase64(keyPair.privateKey),
        }
      : {}),
    ...(macKey ? { macKey: bytesToBase64(macKey) } : {}),
    ...(importTokenKey ? { importTokenKey: bytesToBase64(importTokenKey) } : {}),
  };
}

function materialToJson({ material, ...rest }: KeyMaterialVersion): Json {
  return { ...rest, ...(material ? { material: bytesToBase64(material) } : {}) };
}

/** One material version from JSON, or undefined when any field is malformed. */
function materialFromJson(json: unknown): KeyMaterialVersion | undefined {
  if (!isObject(json)) return undefined;
  const { materialId, material, state, rotationDate, rotationType } = json;
  if (!isString(materialId) || !MATERIAL_ID.test(materialId) || !oneOf(MATERIAL_STATES, state)) {
    return undefined;
  }
  const version: KeyMaterialVersion = { materialId, state };
  if (material !== undefined) {
    const bytes = isString(material) ? base64ToBytes(material) : undefined;
    if (bytes?.length !== 32) return undefined;
    version.material = bytes;
  }
  if ((rotationDate === undefined) !== (rotationType === undefined)) return undefined;
  if (rotationDate !== undefined) {
    if (!isNumber(rotationDate) || !oneOf(ROTATION_TYPES, rotationType)) return undefined;
    version.rotationDate = rotationDate;
    version.rotationType = rotationType;
  }
  const { description, expirationModel, validTo } = json;
  if (description !== undefined) {
    if (!isString(description)) return undefined;
    version.description = description;
  }
  if (expirationModel !== undefined) {
    if (!oneOf(EXPIRATION_MODELS, expirationModel)) return undefined;
    version.expirationModel = expirationModel;
  }
  if (validTo !== undefined) {
    if (!isNumber(validTo)) return undefined;
    version.validTo = validTo;
  }
  return version;
}

/**
 * The material list of a stored key: the `materials` array, or, in records written before
 * rotation, the single `material` / `materialId` pair as one CURRENT material. Undefined when
 * absent; false when malformed (both forms at once is malformed too).
 */
function materialsFromJson(json: Json): KeyMaterialVersion[] | undefined | false {
  const { materials, material, materialId } = json;
  if (materials !== undefined) {
    if (material !== undefined || materialId !== undefined || !Array.isArray(materials)) {
      return false;
    }
    const versions = materials.map(materialFromJson);
    if (!versions.every((v): v is KeyMaterialVersion => v !== undefined)) return false;
    const ids = new Set(versions.map((v) => v.materialId));
    const current = versions.filter((v) => v.state === 'CURRENT').length;
    if (ids.size !== versions.length || (versions.length > 0 && current !== 1)) return false;
    return versions;
  }
  if (material === undefined && materialId === undefined) return undefined;
  const legacy = materialFromJson({ material, materialId, state: 'CURRENT' });
  return legacy?.material ? [legacy] : false;
}

function rotationFromJson(value: unknown): AutomaticRotation | undefined | false {
  if (value === undefined) return undefined;
  if (!isObject(value) || !isNumber(value.periodInDays) || !isNumber(value.nextRotationDate)) {
    return false;
  }
  return { periodInDays: value.periodInDays, nextRotationDate: value.nextRotationDate };
}

/** The imported-material state of an asymmetric or HMAC key: absent, valid, or false. */
function importedFromJson(value: unknown): ImportedMaterial | undefined | false {
  if (value === undefined) return undefined;
  if (!isObject(value)) return false;
  const { materialId, expirationModel, validTo } = value;
  if (!isString(materialId) || !MATERIAL_ID.test(materialId)) return false;
  const imported: ImportedMaterial = { materialId };
  if (expirationModel !== undefined) {
    if (!oneOf(EXPIRATION_MODELS, expirationModel)) return false;
    imported.expirationModel = expirationModel;
  }
  if (validTo !== undefined) {
    if (!isNumber(validTo)) return false;
    imported.validTo = validTo;
  }
  return imported;
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
  const { deletionDate, pendingWindowInDays, tags, policy, primaryRegion } = json;
  if (primaryRegion !== undefined) {
    if (!isString(primaryRegion) || !multiRegion) return undefined;
    record.primaryRegion = primaryRegion;
  }
  if (deletionDate !== undefined) {
    if (!isNumber(deletionDate)) return undefined;
    record.deletionDate = deletionDate;
  }
  if (pendingWindowInDays !== undefined) {
    if (!isNumber(pendingWindowInDays)) return undefined;
    record.pendingWindowInDays = pendingWindowInDays;
  }
  const materials = materialsFromJson(json);
  const rotation = rotationFromJson(json.rotation);
  if (materials === false || rotation === false) return undefined;
  if (materials) record.materials = materials;
  if (rotation) record.rotation = rotation;
  const publicKey = optionalBytes(json.publicKey);
  const privateKey = optionalBytes(json.privateKey);
  const macKey = optionalBytes(json.macKey);
  if (publicKey === false || privateKey === false || macKey === false) return undefined;
  if ((publicKey === undefined) !== (privateKey === undefined)) return undefined;
  if (publicKey && privateKey) record.keyPair = { publicKey, privateKey };
  if (macKey) record.macKey = macKey;
  // Import state is optional: records written before imports load as keys never imported into.
  const importTokenKey = optionalBytes(json.importTokenKey);
  const imported = importedFromJson(json.imported);
  if (importTokenKey === false || imported === false) return undefined;
  if (importTokenKey) record.importTokenKey = importTokenKey;
  if (imported) record.imported = imported;
  if (tags !== undefined) {
    if (!Array.isArray(tags) || !tags.every(isTag)) return undefined;
    record.tags = tags.map((t) => ({ TagKey: t.TagKey, TagValue: t.TagValue }));
  }
  // Optional, so records written before policies were kept still load (they get the default).
  if (policy !== undefined) {
    if (!isString(policy)) return undefined;
    record.policy = policy;
  }
  // Optional too: records written before grants were kept load as keys without grants.
  const grants = grantsFromJson(json.grants);
  if (grants === false) return undefined;
  if (grants) record.grants = grants;
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
