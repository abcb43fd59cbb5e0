/**
 * The state of imported key material on a key record, shared by ImportKeyMaterial,
 * DeleteImportedKeyMaterial, DescribeKey and the sweeper that expires material at its ValidTo.
 *
 * Symmetric encryption keys keep each imported material as a version of `KeyRecord.materials`
 * (its bytes absent once deleted or expired, its id kept, so only the same material can come
 * back); asymmetric and HMAC keys keep their one material as `keyPair` / `macKey`, with its id and
 * expiry in `KeyRecord.imported`.
 */
import { currentMaterial, type ExpirationModel, type KeyRecord } from '../keystore/index.js';

export interface Expiry {
  expirationModel: ExpirationModel;
  /** Epoch seconds; set exactly for KEY_MATERIAL_EXPIRES. */
  validTo?: number;
}

/**
 * The expiry of the key material the key holds now: what DescribeKey shows as ExpirationModel
 * and ValidTo. Undefined for a key of another origin, or one waiting for (re)import: a key
 * whose material was deleted shows neither (recorded: `TestKMS::test_import_key_symmetric`,
 * describe-key-after-deleted-import).
 */
export function heldExpiry(key: KeyRecord): Expiry | undefined {
  if (key.origin !== 'EXTERNAL') return undefined;
  if (key.keySpec === 'SYMMETRIC_DEFAULT') {
    const current = currentMaterial(key);
    if (!current?.material) return undefined;
    return expiryOf(current.expirationModel ?? 'KEY_MATERIAL_DOES_NOT_EXPIRE', current.validTo);
  }
  if (!key.imported?.expirationModel || (!key.keyPair && !key.macKey)) return undefined;
  return expiryOf(key.imported.expirationModel, key.imported.validTo);
}

function expiryOf(expirationModel: ExpirationModel, validTo: number | undefined): Expiry {
  return expirationModel === 'KEY_MATERIAL_EXPIRES' && validTo !== undefined
    ? { expirationModel, validTo }
    : { expirationModel };
}

/**
 * The record without the imported material `materialId` (the current one when absent), and the
 * id removed; undefined when the key has no such material. A symmetric material keeps its id and
 * loses its bytes (one still pending rotation is dropped, it never sealed anything); the key then
 * waits as PendingImport for its material, unless it is pending deletion (model:
 * DeleteImportedKeyMaterial, "When the specified KMS key is in the PendingDeletion state, this
 * operation does not change the KMS key's state").
 */
export function withoutMaterial(
  key: KeyRecord,
  materialId?: string,
): { record: KeyRecord; materialId?: string } | undefined {
  const keyState = key.keyState === 'PendingDeletion' ? key.keyState : 'PendingImport';
  if (key.keySpec !== 'SYMMETRIC_DEFAULT') {
    const { keyPair: _pair, macKey: _mac, ...rest } = key;
    if (!key.keyPair && !key.macKey) return undefined;
    const imported = key.imported ? { materialId: key.imported.materialId } : undefined;
    return {
      record: { ...rest, keyState, ...(imported ? { imported } : {}) },
      ...(imported ? { materialId: imported.materialId } : {}),
    };
  }
  const target = materialId ?? currentMaterial(key)?.materialId;
  const found = key.materials?.find((m) => m.materialId === target);
  if (!found?.material || !key.materials) return undefined;
  if (
    found.state === 'PENDING_ROTATION' ||
    found.state === 'PENDING_MULTI_REGION_IMPORT_AND_ROTATION'
  ) {
    const materials = key.materials.filter((m) => m !== found);
    return { record: { ...key, materials }, materialId: found.materialId };
  }
  const materials = key.materials.map((m) => {
    if (m !== found) return m;
    const { material: _bytes, expirationModel: _model, validTo: _until, ...kept } = m;
    return kept;
  });
  return { record: { ...key, materials, keyState }, materialId: found.materialId };
}

/** The earliest ValidTo of material the key still holds, for the expiry sweeper. */
export function nextExpiry(key: KeyRecord): number | undefined {
  if (key.origin !== 'EXTERNAL') return undefined;
  const dates = [
    ...(key.materials ?? []).flatMap((m) =>
      m.material && m.validTo !== undefined ? [m.validTo] : [],
    ),
    ...((key.keyPair || key.macKey) && key.imported?.validTo !== undefined
      ? [key.imported.validTo]
      : []),
  ];
  return dates.length > 0 ? Math.min(...dates) : undefined;
}

/** The record with every material whose ValidTo has passed deleted, as KMS deletes it then. */
export function expired(key: KeyRecord, now: number): KeyRecord {
  let record = key;
  for (;;) {
    const due = nextExpiry(record);
    if (due === undefined || due > now) return record;
    const id =
      record.keySpec === 'SYMMETRIC_DEFAULT'
        ? record.materials?.find((m) => m.material && m.validTo === due)?.materialId
        : undefined;
    const next = withoutMaterial(record, id);
    if (!next) return record;
    record = next.record;
  }
}
