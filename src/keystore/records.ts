/**
 * Copying and checking records. Stores copy on the way in and out so no caller can change store
 * state through a reference it holds (Uint8Array cannot be frozen, so copies, not freezing).
 */
import { copyGrant } from './grant-record.js';
import { assertMaterials, copyMaterial } from './materials.js';
import type { AliasRecord, KeyRecord } from './types.js';

/**
 * A deep copy of a key record, with only the known fields, so what a store hands back after a
 * restart is exactly what it handed back before.
 */
export function copyKey(record: KeyRecord): KeyRecord {
  const copy: KeyRecord = {
    keyId: record.keyId,
    createdAt: record.createdAt,
    description: record.description,
    keyUsage: record.keyUsage,
    keySpec: record.keySpec,
    origin: record.origin,
    keyState: record.keyState,
    multiRegion: record.multiRegion,
    keyManager: record.keyManager,
  };
  if (record.primaryRegion !== undefined) copy.primaryRegion = record.primaryRegion;
  if (record.deletionDate !== undefined) copy.deletionDate = record.deletionDate;
  if (record.pendingWindowInDays !== undefined) {
    copy.pendingWindowInDays = record.pendingWindowInDays;
  }
  if (record.materials) copy.materials = record.materials.map(copyMaterial);
  if (record.rotation) {
    copy.rotation = {
      periodInDays: record.rotation.periodInDays,
      nextRotationDate: record.rotation.nextRotationDate,
    };
  }
  if (record.keyPair) {
    copy.keyPair = {
      publicKey: record.keyPair.publicKey.slice(),
      privateKey: record.keyPair.privateKey.slice(),
    };
  }
  if (record.macKey) copy.macKey = record.macKey.slice();
  if (record.importTokenKey) copy.importTokenKey = record.importTokenKey.slice();
  if (record.imported) copy.imported = { ...record.imported };
  if (record.tags) copy.tags = record.tags.map(({ TagKey, TagValue }) => ({ TagKey, TagValue }));
  if (record.policy !== undefined) copy.policy = record.policy;
  if (record.grants) copy.grants = record.grants.map(copyGrant);
  return copy;
}

/** A copy of an alias record, with only the known fields. */
export function copyAlias({
  aliasName,
  targetKeyId,
  createdAt,
  updatedAt,
}: AliasRecord): AliasRecord {
  return { aliasName, targetKeyId, createdAt, updatedAt };
}

/**
 * Refuses records no store should hold: empty ids, or a material list that breaks its rules
 * (`assertMaterials`: material of the wrong size, an id that is not 64 lowercase hex, evidence
 * `model.generate-data-key-request`, not exactly one CURRENT material).
 *
 * @throws RangeError naming the field.
 */
export function assertKeyRecord(record: KeyRecord): void {
  if (typeof record.keyId !== 'string' || record.keyId.length === 0) {
    throw new RangeError('keyId must be a non-empty string');
  }
  if (record.materials !== undefined) assertMaterials(record.keyId, record.materials);
}

/** @throws RangeError unless the alias name starts with `alias/` and names a target. */
export function assertAliasRecord(record: AliasRecord): void {
  if (typeof record.aliasName !== 'string' || !record.aliasName.startsWith('alias/')) {
    throw new RangeError('aliasName must start with "alias/"');
  }
  if (typeof record.targetKeyId !== 'string' || record.targetKeyId.length === 0) {
    throw new RangeError(`alias ${record.aliasName}: targetKeyId must be a non-empty string`);
  }
}
