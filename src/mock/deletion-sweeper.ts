import type { KeyRecord, KeyStore } from '../keystore/index.js';
import { expired as withExpiredRemoved, nextExpiry } from './imported-material.js';
import { withDueRotations } from './automatic-rotation.js';
import type { MockContext } from './context.js';
import { isReplica, replicasOf, shareRotation } from './replica-keys.js';

const DAY = 86_400;

/**
 * Deletes keys whose waiting period has ended, with the aliases that pointed at them, as KMS does
 * at the DeletionDate (evidence `docs.schedule-key-deletion`), and makes the automatic key
 * rotations that came due (automatic-rotation.ts). Imported key material is deleted the same way at
 * its ValidTo (model: `ImportKeyMaterialRequest.ValidTo`, "When the key material expires, KMS
 * deletes the key material from the KMS key"): the key waits as PendingImport until the same
 * material is imported again. Lazy and cheap: the store is scanned only when the earliest known
 * date has passed, so the hot path pays one comparison.
 *
 * Multi-Region keys reach across Regions: a primary's automatic rotation gives its replicas the
 * new material (replicas never rotate by themselves), and deleting the last replica of a primary
 * waiting as PendingReplicaDeletion starts the primary's own waiting period, from the replica's
 * deletion date (model: ScheduleKeyDeletion, "When the last of its replicas keys is deleted (not
 * just scheduled), the key state of the primary key changes to PendingDeletion and its waiting
 * period (PendingWindowInDays) begins").
 */
export interface DeletionSweeper {
  /** Whether a sweep may have work: one comparison, so it can run before every operation. */
  due(now: number): boolean;
  /** Deletes what is due; call before an operation reads keys. */
  sweep(now: number): Promise<void>;
  /** A key has something due at `date` (epoch seconds): a deletion, expiring imported material or an automatic rotation. */
  scheduled(date: number): void;
}

/** `region` gives the sweeper its Region's context, to reach the others (called only while sweeping). */
export function createDeletionSweeper(store: KeyStore, region: () => MockContext): DeletionSweeper {
  /** Earliest pending deletion date; undefined until the store has been scanned once. */
  let nextDue: number | undefined;
  const due = (now: number) => nextDue === undefined || now >= nextDue;
  return {
    due,
    async sweep(now) {
      if (!due(now)) return;
      let earliest = Number.POSITIVE_INFINITY;
      const expired = new Map<string, KeyRecord>();
      for (const listed of await store.listKeys()) {
        let key = listed;
        const expiry = nextExpiry(key);
        if (expiry !== undefined) {
          if (expiry <= now) {
            key = withExpiredRemoved(key, now);
            await store.putKey(key);
          }
          const later = nextExpiry(key);
          if (later !== undefined) earliest = Math.min(earliest, later);
        }
        // A replica's rotation is its primary's, shared when the primary rotates.
        const rotates = key.keyState === 'Enabled' && key.rotation && !isReplica(key);
        const rotated = rotates ? await withDueRotations(key, now) : undefined;
        if (rotated) {
          await store.putKey(rotated);
          if (rotated.multiRegion) await shareRotation(region(), rotated);
        }
        // A disabled key's rotation waits; EnableKey reports its date again.
        if (rotates) {
          earliest = Math.min(earliest, (rotated ?? key).rotation?.nextRotationDate ?? earliest);
        }
        if (key.keyState !== 'PendingDeletion' || key.deletionDate === undefined) continue;
        if (key.deletionDate <= now) expired.set(key.keyId, key);
        else earliest = Math.min(earliest, key.deletionDate);
      }
      // Aliases first: a crash between the two steps then leaves a key without aliases, never an
      // alias to a missing key (which the durable store refuses as damage).
      if (expired.size > 0) {
        for (const alias of await store.listAliases()) {
          if (expired.has(alias.targetKeyId)) await store.deleteAlias(alias.aliasName);
        }
        for (const [keyId, key] of expired) {
          await store.deleteKey(keyId);
          if (isReplica(key)) await primaryAfterReplica(region(), key);
        }
      }
      nextDue = earliest;
    },
    scheduled(date) {
      if (nextDue !== undefined) nextDue = Math.min(nextDue, date);
    },
  };
}

/**
 * The replica `deleted` is gone: a primary waiting for its replicas whose last one this was moves
 * to PendingDeletion, its waiting period counted from the replica's deletion date.
 */
async function primaryAfterReplica(ctx: MockContext, deleted: KeyRecord): Promise<void> {
  if (deleted.primaryRegion === undefined) return;
  const home = ctx.inRegion(deleted.primaryRegion);
  const primary = await home.store.getKey(deleted.keyId);
  if (primary?.keyState !== 'PendingReplicaDeletion') return;
  if ((await replicasOf(home, primary)).length > 0) return;
  const days = primary.pendingWindowInDays ?? 30;
  const deletionDate = (deleted.deletionDate ?? Math.floor(ctx.now())) + days * DAY;
  await home.store.putKey({ ...primary, keyState: 'PendingDeletion', deletionDate });
  home.deletions.scheduled(deletionDate);
}
