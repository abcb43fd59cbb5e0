import type { components } from '../../generated/types.js';
import type { KeyUseLedger } from '../keystore/index.js';

/** The operations KMS tracks for GetKeyLastUsage (model: `KeyLastUsageTrackingOperation`). */
export type TrackedOperation = components['schemas']['KeyLastUsageTrackingOperation'];

// Keyed by the spec's enum, so a value added to or dropped from it is a compile error here.
const TRACKED: { readonly [Op in TrackedOperation]: true } = {
  Decrypt: true,
  DeriveSharedSecret: true,
  Encrypt: true,
  GenerateDataKey: true,
  GenerateDataKeyPair: true,
  GenerateDataKeyPairWithoutPlaintext: true,
  GenerateDataKeyWithoutPlaintext: true,
  GenerateMac: true,
  ReEncrypt: true,
  Sign: true,
  Verify: true,
  VerifyMac: true,
};

export function isTrackedOperation(operation: string): operation is TrackedOperation {
  return Object.hasOwn(TRACKED, operation);
}

export interface KeyUse {
  operation: TrackedOperation;
  /** Epoch seconds. */
  at: number;
}

/**
 * When each key was last used for a successful cryptographic operation (model: GetKeyLastUsage).
 * Kept in memory by the engine, so tracking starts when the engine does: `trackingSince` is the
 * GetKeyLastUsage TrackingStartDate of every key older than the engine, as KMS gives the date it
 * began tracking. A durable store keeps the uses instead ({@link ledgerUsageLog}), and tracking
 * then starts when the store was first opened.
 */
export interface KeyUsageLog {
  readonly trackingSince: number;
  record(keyId: string, use: KeyUse): void;
  last(keyId: string): KeyUse | undefined;
}

export function createKeyUsageLog(trackingSince: number): KeyUsageLog {
  const uses = new Map<string, KeyUse>();
  return {
    trackingSince,
    record: (keyId, use) => void uses.set(keyId, use),
    last: (keyId) => uses.get(keyId),
  };
}

/**
 * A Region's view of a store's ledger (a durable store keeps the uses with its snapshots, so they
 * outlive a clean restart; key-uses.ts in the keystore). A stored operation that is not one KMS
 * tracks is read as no use.
 */
export function ledgerUsageLog(
  ledger: KeyUseLedger,
  region: string,
  trackingSince: number,
): KeyUsageLog {
  return {
    trackingSince,
    record: (keyId, use) => ledger.record(region, keyId, use),
    last: (keyId) => {
      const use = ledger.last(region, keyId);
      return use && isTrackedOperation(use.operation)
        ? { operation: use.operation, at: use.at }
        : undefined;
    },
  };
}

/**
 * The keys a successful reply says it used: `KeyId` (a key ARN in every tracked reply) and, for
 * ReEncrypt, `SourceKeyId` too; each key of a ReEncrypt records the use (model: GetKeyLastUsage).
 */
export function keysUsedBy(output: unknown): string[] {
  if (typeof output !== 'object' || output === null) return [];
  const reply = output as { KeyId?: unknown; SourceKeyId?: unknown };
  return [reply.KeyId, reply.SourceKeyId]
    .filter((arn): arn is string => typeof arn === 'string')
    .map((arn) => arn.slice(arn.lastIndexOf('/') + 1));
}
