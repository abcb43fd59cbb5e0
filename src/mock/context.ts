import type { AesGcmBackend } from '../crypto/index.js';
import type { KeyStore } from '../keystore/index.js';
import type { MockConfig } from './config.js';
import type { DeletionSweeper } from './deletion-sweeper.js';
import type { KeyUsageLog } from './key-usage.js';

/**
 * Everything an operation may touch: the store, where the mock lives, and the clock. A context is
 * one Region's: `store` holds that Region's keys and aliases and `config.region` names it, so an
 * operation sees only the keys of the Region its request is for, as in KMS.
 */
export interface MockContext {
  store: KeyStore;
  config: MockConfig;
  /**
   * The context of another Region of the same engine (same account, clock and lock), for the
   * operations that reach across Regions (multi-Region keys).
   */
  inRegion: (region: string) => MockContext;
  /** The Regions of the engine that hold keys or aliases. */
  regions: () => Promise<string[]>;
  /** Seconds since the epoch; injectable so tests can travel in time. */
  now: () => number;
  /**
   * Runs state-changing steps one at a time so check-then-write sequences cannot interleave; one
   * lock for every Region of the engine, so a step may touch two Regions.
   */
  exclusive: <T>(work: () => Promise<T>) => Promise<T>;
  /** Keys scheduled for deletion are deleted once their date passes. */
  deletions: Pick<DeletionSweeper, 'scheduled'>;
  /** The AES-256-GCM primitive every seal and open of this engine uses. */
  aesGcm: AesGcmBackend;
  /** When each key was last used for a cryptographic operation (GetKeyLastUsage). */
  usage: KeyUsageLog;
}

/** A promise chain used as a mutex: each task starts when the previous one settles. */
export function createExclusive(): MockContext['exclusive'] {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>) => {
    const run = tail.then(work, work);
    tail = run.catch(() => undefined);
    return run;
  };
}
