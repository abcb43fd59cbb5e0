import type { OperationInput, OperationOutput } from '../../contract/index.js';
import type { components } from '../../../generated/types.js';
import type { KeyMaterialVersion, KeyRecord } from '../../keystore/index.js';
import type { MockContext } from '../context.js';
import { page } from '../pagination.js';
import { resolveKey } from '../resolve-key.js';
import { assertRotatableSpec } from '../rotation-rules.js';

type RotationsListEntry = components['schemas']['RotationsListEntry'];

/** 100 a page unless Limit says otherwise (ListKeyRotationsRequest.Limit). */
const DEFAULT_LIMIT = 100;

/**
 * One entry: RotationDate and RotationType only for a material that came by rotation; the import
 * members only for a key of origin EXTERNAL (the model's RotationsListEntry documentation).
 */
function entryOf(key: KeyRecord, m: KeyMaterialVersion): RotationsListEntry {
  const imported = key.origin === 'EXTERNAL';
  return {
    KeyId: key.keyId,
    KeyMaterialId: m.materialId,
    ...(imported && m.description !== undefined ? { KeyMaterialDescription: m.description } : {}),
    ...(imported ? { ImportState: m.material ? 'IMPORTED' : 'PENDING_IMPORT' } : {}),
    KeyMaterialState: m.state,
    ...(imported ? { ExpirationModel: m.expirationModel ?? 'KEY_MATERIAL_DOES_NOT_EXPIRE' } : {}),
    ...(imported && m.validTo !== undefined ? { ValidTo: m.validTo } : {}),
    ...(m.rotationDate !== undefined ? { RotationDate: m.rotationDate } : {}),
    ...(m.rotationType !== undefined ? { RotationType: m.rotationType } : {}),
  };
}

/**
 * The key's materials, oldest first, paged like ListKeys: by default only those that came by a
 * completed rotation; with ALL_KEY_MATERIAL also the first material and any imported material
 * pending rotation (the model's ListKeyRotationsRequest.IncludeKeyMaterial documentation). Only
 * symmetric encryption keys have rotations (UnsupportedOperationException otherwise). The entries'
 * KeyId is the bare key id (AWS docs example for ListKeyRotations; no reply is recorded).
 */
export async function listKeyRotations(
  ctx: MockContext,
  input: OperationInput<'ListKeyRotations'>,
): Promise<OperationOutput<'ListKeyRotations'>> {
  const key = await resolveKey(ctx, input.KeyId, { allowAlias: false });
  assertRotatableSpec(key);
  const all = input.IncludeKeyMaterial === 'ALL_KEY_MATERIAL';
  const listed = (key.materials ?? []).filter((m) => all || m.rotationDate !== undefined);
  const result = page(listed, input.Limit, input.Marker, DEFAULT_LIMIT);
  return {
    Rotations: result.items.map((m) => entryOf(key, m)),
    Truncated: result.truncated,
    ...(result.nextMarker !== undefined ? { NextMarker: result.nextMarker } : {}),
  };
}
