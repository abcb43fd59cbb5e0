import type { KeyStore } from '../keystore/index.js';
import { expired as withExpiredRemoved, nextExpiry } from './imported-material.js';
import { withDueRotations } from './automatic-rotation.js';

/**
 * Deletes keys whose waiting period has ended, with the aliases that pointed at them, as KMS does
 * at the DeletionDate (evidence `docs.schedule-key-deletion`), and makes the automatic key
 * rotations that came due (automatic-rotation.ts). Imported key material is deleted the same way at
 * its ValidTo (model: `ImportKeyMaterialRequest.ValidTo`, "When the key material expires, KMS
 * deletes the key material from the KMS key"): the key waits as PendingImport until the same
 * material is imported again. Lazy and cheap: the store is scanned only when the earliest known
 * date has passed, so the hot path pays one comparison.
 */
export interface DeletionSweeper {
  /** Whether a sweep may have work: one comparison, so it can run before every operation. */
  due(now: number): boolean;
  /** Deletes what is due; call before an operation reads keys. */
  sweep(now: number): Promise<void>;
  /** A key has something due at `date` (epoch seconds): a deletion, expiring imported material or an automatic rotation. */
  scheduled(date: number): void;
}

export function createDeletionSweeper(store: KeyStore): DeletionSweeper {
  /** Earliest pending deletion date; undefined until the store has been scanned once. */
  let nextDue: number | undefined;
  const due = (now: number) => nextDue === undefined || now >= nextDue;
  return {
    due,
    async sweep(now) {
      if (!due(now)) return;
      let earliest = Number.POSITIVE_INFINITY;
      const expired = new Set<string>();
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
        const rotated = await withDueRotations(key, now);
        if (rotated) await store.putKey(rotated);
        // A disabled key's rotation waits; EnableKey reports its date again.
        if (key.keyState === 'Enabled' && key.rotation) {
          earliest = Math.min(earliest, (rotated ?? key).rotation?.nextRotationDate ?? earliest);
        }
        if (key.keyState !== 'PendingDeletion' || key.deletionDate === undefined) continue;
        if (key.deletionDate <= now) expired.add(key.keyId);
        else earliest = Math.min(earliest, key.deletionDate);
      }
      // Aliases first: a crash between the two steps then leaves a key without aliases, never an
      // alias to a missing key (which the durable store refuses as damage).
      if (expired.size > 0) {
        for (const alias of await store.listAliases()) {
          if (expired.has(alias.targetKeyId)) await store.deleteAlias(alias.aliasName);
        }
        for (const keyId of expired) await store.deleteKey(keyId);
      }
      nextDue = earliest;
    },
    scheduled(date) {
      if (nextDue !== undefined) nextDue = Math.min(nextDue, date);
    },
  };
}
