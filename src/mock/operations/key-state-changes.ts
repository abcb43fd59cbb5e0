import type { OperationInput, OperationOutput } from '../../contract/index.js';
import { kmsError } from '../../errors/index.js';
import type { KeyRecord } from '../../keystore/index.js';
import { keyArn } from '../config.js';
import type { MockContext } from '../context.js';
import { assertCustomerManaged } from '../managed-keys.js';
import { replicasOf } from '../replica-keys.js';
import { resolveKey } from '../resolve-key.js';

const DAY = 86_400;

/** EnableKey and DisableKey work on Enabled and Disabled keys alike; other states refuse (evidence `docs.key-state-table`). */
function assertTogglable(ctx: MockContext, key: KeyRecord): void {
  if (key.keyState === 'Enabled' || key.keyState === 'Disabled') return;
  const state =
    key.keyState === 'PendingDeletion' || key.keyState === 'PendingReplicaDeletion'
      ? 'pending deletion'
      : key.keyState === 'PendingImport'
        ? 'pending import'
        : key.keyState.toLowerCase();
  throw kmsError('KMSInvalidStateException', `${keyArn(ctx.config, key.keyId)} is ${state}.`);
}

async function setState(
  ctx: MockContext,
  keyIdInput: string,
  state: 'Enabled' | 'Disabled',
): Promise<undefined> {
  return ctx.exclusive(async () => {
    const key = await resolveKey(ctx, keyIdInput, { allowAlias: false });
    assertCustomerManaged(ctx, key, state === 'Enabled' ? 'EnableKey' : 'DisableKey');
    assertTogglable(ctx, key);
    if (key.keyState !== state) await ctx.store.putKey({ ...key, keyState: state });
    // Automatic rotation waits while a key is disabled and resumes when it is enabled again.
    if (state === 'Enabled' && key.rotation) ctx.deletions.scheduled(key.rotation.nextRotationDate);
    return undefined;
  });
}

export function enableKey(
  ctx: MockContext,
  input: OperationInput<'EnableKey'>,
): Promise<OperationOutput<'EnableKey'>> {
  return setState(ctx, input.KeyId, 'Enabled');
}

export function disableKey(
  ctx: MockContext,
  input: OperationInput<'DisableKey'>,
): Promise<OperationOutput<'DisableKey'>> {
  return setState(ctx, input.KeyId, 'Disabled');
}

/** Both states of a key scheduled for deletion. */
const isScheduledForDeletion = (key: KeyRecord) =>
  key.keyState === 'PendingDeletion' || key.keyState === 'PendingReplicaDeletion';

/**
 * Schedules deletion after 7..30 days (default 30); the key is PendingDeletion and not Enabled.
 * A multi-Region primary key that still has replicas is PendingReplicaDeletion instead: no
 * DeletionDate yet, its waiting period kept as PendingWindowInDays, and it starts when the last
 * replica is deleted (the sweeper moves it to PendingDeletion then). Model: ScheduleKeyDeletion
 * ("KMS will not delete a multi-Region primary key with existing replica keys"),
 * `ScheduleKeyDeletionResponse.DeletionDate` (absent for such a key), `KeyMetadata.PendingDeletionWindowInDays`.
 */
export function scheduleKeyDeletion(
  ctx: MockContext,
  input: OperationInput<'ScheduleKeyDeletion'>,
): Promise<OperationOutput<'ScheduleKeyDeletion'>> {
  return ctx.exclusive(async () => {
    const key = await resolveKey(ctx, input.KeyId, { allowAlias: false });
    assertCustomerManaged(ctx, key, 'ScheduleKeyDeletion');
    const arn = keyArn(ctx.config, key.keyId);
    if (isScheduledForDeletion(key))
      throw kmsError('KMSInvalidStateException', `${arn} is pending deletion.`);
    const days = input.PendingWindowInDays ?? 30;
    if ((await replicasOf(ctx, key)).length > 0) {
      const { deletionDate: _none, ...rest } = key;
      await ctx.store.putKey({
        ...rest,
        keyState: 'PendingReplicaDeletion',
        pendingWindowInDays: days,
      });
      return { KeyId: arn, KeyState: 'PendingReplicaDeletion', PendingWindowInDays: days };
    }
    const deletionDate = Math.floor(ctx.now()) + days * DAY;
    ctx.deletions.scheduled(deletionDate);
    await ctx.store.putKey({
      ...key,
      keyState: 'PendingDeletion',
      deletionDate,
      pendingWindowInDays: days,
    });
    return {
      KeyId: arn,
      DeletionDate: deletionDate,
      KeyState: 'PendingDeletion',
      PendingWindowInDays: days,
    };
  });
}

/**
 * Cancelling leaves the key Disabled, not Enabled (evidence `docs.key-state-table`), from
 * PendingDeletion and from PendingReplicaDeletion alike (model: CancelKeyDeletion cancels a
 * scheduled deletion "before the waiting period ends").
 */
export function cancelKeyDeletion(
  ctx: MockContext,
  input: OperationInput<'CancelKeyDeletion'>,
): Promise<OperationOutput<'CancelKeyDeletion'>> {
  return ctx.exclusive(async () => {
    const key = await resolveKey(ctx, input.KeyId, { allowAlias: false });
    assertCustomerManaged(ctx, key, 'CancelKeyDeletion');
    const arn = keyArn(ctx.config, key.keyId);
    if (!isScheduledForDeletion(key))
      throw kmsError('KMSInvalidStateException', `${arn} is not pending deletion.`);
    const { deletionDate: _d, pendingWindowInDays: _p, ...rest } = key;
    await ctx.store.putKey({ ...rest, keyState: 'Disabled' });
    return { KeyId: arn };
  });
}
