/**
 * What the five rotation operations share: which keys can rotate, and the limits. Automatic
 * rotations that come due are made by the sweeper (automatic-rotation.ts).
 */
import { kmsError } from '../errors/index.js';
import type { KeyRecord } from '../keystore/index.js';
import { keyArn } from './config.js';
import type { MockContext } from './context.js';

export const DAY_SECONDS = 86_400;

/** EnableKeyRotation without RotationPeriodInDays (EnableKeyRotationRequest.RotationPeriodInDays). */
export const DEFAULT_ROTATION_PERIOD_DAYS = 365;

/**
 * On-demand rotations a key may have. The model's RotateKeyOnDemand documentation says 25; the
 * refusal's wording is recorded (`TestKMS::test_key_rotations_limits`), its count is not.
 */
export const ON_DEMAND_ROTATION_LIMIT = 25;

/**
 * RotateKeyOnDemand is refused as ConflictException when an automatic rotation is due within
 * this many seconds (the model's ConflictException documentation: 20 minutes).
 */
export const CONFLICT_WINDOW_SECONDS = 20 * 60;

/**
 * Only symmetric encryption keys rotate. Any other key spec is UnsupportedOperationException with
 * no message, as recorded for RotateKeyOnDemand on an RSA key (recorded:
 * `TestKMS::test_rotate_key_on_demand_raises_error_given_non_symmetric_key`); the other rotation
 * operations answer alike (AWS docs: "Automatic key rotation is supported only on symmetric
 * encryption KMS keys").
 */
export function assertRotatableSpec(key: KeyRecord): void {
  if (key.keySpec !== 'SYMMETRIC_DEFAULT' || key.keyUsage !== 'ENCRYPT_DECRYPT') {
    throw kmsError('UnsupportedOperationException');
  }
}

/**
 * Automatic rotation is only for key material KMS made (AWS docs, EnableKeyRotation: not for keys
 * with imported key material). The wording is the one KMS gave for an EXTERNAL key before
 * on-demand rotation of imported material existed (recorded:
 * `TestKMS::test_rotate_key_on_demand_raises_error_given_key_with_imported_key_material`).
 */
export function assertAutomaticRotationOrigin(ctx: MockContext, key: KeyRecord): void {
  if (key.origin === 'AWS_KMS') return;
  throw kmsError(
    'UnsupportedOperationException',
    `${keyArn(ctx.config, key.keyId)} origin is ${key.origin} which is not valid for this operation.`,
  );
}

/** How many on-demand rotations the key has had. */
export function onDemandRotations(key: KeyRecord): number {
  return (key.materials ?? []).filter((m) => m.rotationType === 'ON_DEMAND').length;
}
