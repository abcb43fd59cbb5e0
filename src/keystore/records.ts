/**
 * Copying and checking records. Stores copy on the way in and out so no caller can change store
 * state through a reference it holds (Uint8Array cannot be frozen, so copies, not freezing).
 */
import type { KeyMaterial } from '../crypto/envelope.js';
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
  if (record.deletionDate !== undefined) copy.deletionDate = record.deletionDate;
  if (record.pendingWindowInDays !== undefined) {
    copy.pendingWindowInDays = record.pendingWindowInDays;
  }
  if (record.material) copy.material = record.material.slice();
  if (record.materialId !== undefined) copy.materialId = record.materialId;
  if (record.keyPair) {
    copy.keyPair = {
      publicKey: record.keyPair.publicKey.slice(),
      privateKey: record.keyPair.privateKey.slice(),
    };
  }
  if (record.macKey) copy.macKey = record.macKey.slice();
  if (record.tags) copy.tags = record.tags.map(({ TagKey, TagValue }) => ({ TagKey, TagValue }));
  if (record.policy !== undefined) copy.policy = record.policy;
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
 * Refuses records no store should hold: empty ids, material of the wrong size, a material id
 * that is not 64 lowercase hex (evidence `model.generate-data-key-request`), or material without its id.
 *
 * @throws RangeError naming the field.
 */
export function assertKeyRecord(record: KeyRecord): void {
  if (typeof record.keyId !== 'string' || record.keyId.length === 0) {
    throw new RangeError('keyId must be a non-empty string');
  }
  if (record.material !== undefined && record.material.length !== 32) {
    throw new RangeError(`key ${record.keyId}: material must be 32 bytes`);
  }
  if (record.materialId !== undefined && !/^[a-f0-9]{64}$/.test(record.materialId)) {
    throw new RangeError(`key ${record.keyId}: materialId must be 64 lowercase hex characters`);
  }
  if ((record.material === undefined) !== (record.materialId === undefined)) {
    throw new RangeError(`key ${record.keyId}: material and materialId go together`);
  }
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

/**
 * A key's material and material id, in the shape `decryptBlob`'s lookup returns; undefined for a
 * missing key or one without material (asymmetric, HMAC).
 *
 * @example
 * await decryptBlob(blob, async (keyId) => keyMaterialOf(await store.getKey(keyId)), context);
 */
export function keyMaterialOf(record: KeyRecord | undefined): KeyMaterial | undefined {
  if (!record?.material || record.materialId === undefined) return undefined;
  return { material: record.material, materialId: record.materialId };
}
