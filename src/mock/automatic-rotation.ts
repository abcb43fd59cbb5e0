/**
 * Automatic rotations that came due, made by the sweeper (deletion-sweeper.ts) before an operation
 * runs, so every operation sees the key as KMS would have left it.
 */
import {
  newMaterialVersion,
  rotatedMaterials,
  type KeyMaterialVersion,
  type KeyRecord,
} from '../keystore/index.js';
import { DAY_SECONDS } from './rotation-rules.js';

/**
 * The key with every automatic rotation due by `now` made, each dated at its scheduled date and
 * the schedule moved on by the period; undefined when none is due. Only an Enabled key rotates
 * (AWS docs, GetKeyRotationStatus: a disabled key or one pending deletion does not).
 */
export async function withDueRotations(
  key: KeyRecord,
  now: number,
): Promise<KeyRecord | undefined> {
  const { rotation, materials } = key;
  if (!rotation || !materials || key.keyState !== 'Enabled') return undefined;
  if (rotation.nextRotationDate > now) return undefined;
  let list: KeyMaterialVersion[] = materials;
  let next = rotation.nextRotationDate;
  const step = rotation.periodInDays * DAY_SECONDS;
  while (next <= now) {
    list = rotatedMaterials(list, await newMaterialVersion(), next, 'AUTOMATIC');
    next += step;
  }
  return { ...key, materials: list, rotation: { ...rotation, nextRotationDate: next } };
}
