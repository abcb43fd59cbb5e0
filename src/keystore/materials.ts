/**
 * Reading and checking a key's material versions (KeyRecord.materials): which one encrypts, which
 * one opens a given blob, and the rules every stored list keeps.
 */
import type { KeyMaterial } from '../crypto/envelope.js';
import { materialIdOf, newKeyMaterial } from '../crypto/random.js';
import type { KeyMaterialState, KeyMaterialVersion, KeyRecord, RotationType } from './types.js';

export const MATERIAL_STATES: readonly KeyMaterialState[] = [
  'CURRENT',
  'NON_CURRENT',
  'PENDING_ROTATION',
  'PENDING_MULTI_REGION_IMPORT_AND_ROTATION',
];

const MATERIAL_ID = /^[a-f0-9]{64}$/;

/** The one-element list of a new key: its first material, current. */
export async function firstMaterials(material: Uint8Array): Promise<KeyMaterialVersion[]> {
  return [{ materialId: await materialIdOf(material), material, state: 'CURRENT' }];
}

/** The CURRENT material version, or undefined for a key without materials. */
export function currentMaterial(record: KeyRecord | undefined): KeyMaterialVersion | undefined {
  return record?.materials?.find((m) => m.state === 'CURRENT');
}

/**
 * The material that encrypts now, in the shape `encryptUnderKey` takes; undefined for a missing
 * key, one without material (asymmetric, HMAC) or one whose current material was deleted.
 *
 * @example
 * await decryptBlob(blob, async (keyId) => keyMaterialOf(await store.getKey(keyId)), context);
 */
export function keyMaterialOf(record: KeyRecord | undefined): KeyMaterial | undefined {
  const current = currentMaterial(record);
  if (!current?.material) return undefined;
  return { material: current.material, materialId: current.materialId };
}

/**
 * The material with this id, current or not, for opening a blob that names it; undefined when
 * the key never had it, its bytes were deleted, or it is still pending (it has sealed nothing).
 */
export function materialById(
  record: KeyRecord | undefined,
  materialId: string,
): KeyMaterial | undefined {
  const found = record?.materials?.find((m) => m.materialId === materialId);
  if (!found?.material || (found.state !== 'CURRENT' && found.state !== 'NON_CURRENT')) {
    return undefined;
  }
  return { material: found.material, materialId: found.materialId };
}

/**
 * @throws RangeError naming the key and the field, unless the list has unique 64-hex ids, 32-byte
 * material, exactly one CURRENT version, and a rotation type exactly where there is a rotation date.
 */
export function assertMaterials(keyId: string, materials: readonly KeyMaterialVersion[]): void {
  const seen = new Set<string>();
  let current = 0;
  for (const m of materials) {
    if (!MATERIAL_ID.test(m.materialId)) {
      throw new RangeError(`key ${keyId}: materialId must be 64 lowercase hex characters`);
    }
    if (seen.has(m.materialId)) {
      throw new RangeError(`key ${keyId}: material ${m.materialId} is listed twice`);
    }
    seen.add(m.materialId);
    if (m.material !== undefined && m.material.length !== 32) {
      throw new RangeError(`key ${keyId}: material must be 32 bytes`);
    }
    if (!MATERIAL_STATES.includes(m.state)) {
      throw new RangeError(`key ${keyId}: unknown material state ${String(m.state)}`);
    }
    if (m.state === 'CURRENT') current += 1;
    if ((m.rotationDate === undefined) !== (m.rotationType === undefined)) {
      throw new RangeError(`key ${keyId}: rotationDate and rotationType go together`);
    }
  }
  if (materials.length > 0 && current !== 1) {
    throw new RangeError(`key ${keyId}: exactly one material must be CURRENT (found ${current})`);
  }
}

/** A deep copy of one material version, with only the known fields. */
export function copyMaterial(m: KeyMaterialVersion): KeyMaterialVersion {
  const copy: KeyMaterialVersion = { materialId: m.materialId, state: m.state };
  if (m.material) copy.material = m.material.slice();
  if (m.rotationDate !== undefined) copy.rotationDate = m.rotationDate;
  if (m.rotationType !== undefined) copy.rotationType = m.rotationType;
  if (m.description !== undefined) copy.description = m.description;
  if (m.expirationModel !== undefined) copy.expirationModel = m.expirationModel;
  if (m.validTo !== undefined) copy.validTo = m.validTo;
  return copy;
}

/**
 * The list after a rotation to `next`: the CURRENT material becomes NON_CURRENT and `next`
 * becomes CURRENT with its rotation date and type. `next` is either a new material (appended) or
 * one already listed as pending (imported material, promoted in place).
 */
export function rotatedMaterials(
  materials: readonly KeyMaterialVersion[],
  next: KeyMaterialVersion,
  rotationDate: number,
  rotationType: RotationType,
): KeyMaterialVersion[] {
  const promoted: KeyMaterialVersion = { ...next, state: 'CURRENT', rotationDate, rotationType };
  const demoted = materials.map((m): KeyMaterialVersion => {
    if (m.materialId === next.materialId) return promoted;
    return m.state === 'CURRENT' ? { ...m, state: 'NON_CURRENT' } : m;
  });
  const listed = materials.some((m) => m.materialId === next.materialId);
  return listed ? demoted : [...demoted, promoted];
}

/** A fresh 256-bit material, ready for `rotatedMaterials` (keys of origin AWS_KMS). */
export async function newMaterialVersion(): Promise<KeyMaterialVersion> {
  const material = newKeyMaterial();
  return { materialId: await materialIdOf(material), material, state: 'PENDING_ROTATION' };
}
