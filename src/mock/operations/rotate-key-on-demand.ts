import type { OperationInput, OperationOutput } from '../../contract/index.js';
import { kmsError } from '../../errors/index.js';
import { newMaterialVersion, rotatedMaterials, type KeyRecord } from '../../keystore/index.js';
import { keyArn } from '../config.js';
import type { MockContext } from '../context.js';
import { assertEnabled } from '../key-rules.js';
import { assertCustomerManaged } from '../managed-keys.js';
import { assertNotReplica, replicasOf, shareRotation } from '../replica-keys.js';
import { resolveKey } from '../resolve-key.js';
import {
  assertRotatableSpec,
  CONFLICT_WINDOW_SECONDS,
  ON_DEMAND_ROTATION_LIMIT,
  onDemandRotations,
} from '../rotation-rules.js';

/**
 * The material a rotation moves to: fresh material for a key KMS made; for imported material,
 * the material imported for rotation (state PENDING_ROTATION), or KMSInvalidStateException when
 * there is none (recorded: `TestKMS::test_rotate_key_on_demand_raises_for_no_pending_key_material`;
 * the material moving in: `TestKMS::test_rotate_key_on_demand_updates_current_key_material_for_external_keys`).
 */
async function nextMaterial(ctx: MockContext, key: KeyRecord) {
  if (key.origin === 'AWS_KMS') return newMaterialVersion();
  const pending = key.materials?.find((m) => m.state === 'PENDING_ROTATION' && m.material);
  if (pending) return pending;
  throw kmsError(
    'KMSInvalidStateException',
    `No available key material pending rotation for the key: ${keyArn(ctx.config, key.keyId)}.`,
  );
}

/**
 * Rotates now: the key's CurrentKeyMaterialId changes, ciphertexts made before still decrypt
 * (the blob names its material), new ones use the new material, and the automatic schedule does
 * not move (recorded: `TestKMS::test_rotate_key_on_demand_with_symmetric_key_and_automatic_rotation_enabled`).
 * Refusals in KMS's recorded order: state first, even for an RSA or EXTERNAL key (recorded:
 * `TestKMS::test_rotate_key_on_demand_raises_error_given_key_is_disabled`,
 * `TestKMS::test_rotate_key_on_demand_on_external_key_with_no_key_material[SYMMETRIC_DEFAULT]`),
 * then the spec, then the pending material, then the limit (recorded:
 * `TestKMS::test_key_rotations_limits`). A multi-Region primary's rotation gives every replica
 * the new material, and a replica cannot rotate (replica-keys.ts); with imported material the
 * primary rotates to material every replica holds (model: RotateKeyOnDemand, "import the same key
 * material in each replica Region key, and invoke the on-demand rotation on the primary Region
 * key"; until then it is PENDING_MULTI_REGION_IMPORT_AND_ROTATION, not pending rotation).
 * Answers with the key ARN (recorded:
 * `TestKMS::test_rotate_on_demand_returns_arn_for_key_id`).
 */
export function rotateKeyOnDemand(
  ctx: MockContext,
  input: OperationInput<'RotateKeyOnDemand'>,
): Promise<OperationOutput<'RotateKeyOnDemand'>> {
  return ctx.exclusive(async () => {
    const key = await resolveKey(ctx, input.KeyId, { allowAlias: false });
    const arn = keyArn(ctx.config, key.keyId);
    assertCustomerManaged(ctx, key, 'RotateKeyOnDemand');
    assertEnabled(ctx, key);
    assertRotatableSpec(key);
    assertNotReplica(ctx, key);
    const now = ctx.now();
    if (key.rotation && key.rotation.nextRotationDate - now <= CONFLICT_WINDOW_SECONDS) {
      throw kmsError(
        'ConflictException',
        `An automatic rotation of ${arn} is scheduled to begin within the next 20 minutes.`,
      );
    }
    const next = await nextMaterial(ctx, key);
    if (onDemandRotations(key) >= ON_DEMAND_ROTATION_LIMIT) {
      throw kmsError(
        'LimitExceededException',
        `The on-demand rotations limit has been reached for the given keyId. No more on-demand rotations can be performed for this key: ${arn}`,
      );
    }
    const materials = rotatedMaterials(key.materials ?? [], next, now, 'ON_DEMAND');
    const rotated = { ...key, materials };
    await ctx.store.putKey(rotated);
    if (key.multiRegion && key.origin === 'EXTERNAL')
      await rotateReplicas(ctx, rotated, next.materialId, now);
    else if (key.multiRegion) await shareRotation(ctx, rotated);
    return { KeyId: arn };
  });
}

/** Each replica of an imported multi-Region key makes its copy of `materialId` current too. */
async function rotateReplicas(
  ctx: MockContext,
  primary: KeyRecord,
  materialId: string,
  now: number,
): Promise<void> {
  for (const [region, replica] of await replicasOf(ctx, primary)) {
    const copy = replica.materials?.find((m) => m.materialId === materialId);
    if (!copy) continue;
    const materials = rotatedMaterials(replica.materials ?? [], copy, now, 'ON_DEMAND');
    await ctx.inRegion(region).store.putKey({ ...replica, materials });
  }
}
