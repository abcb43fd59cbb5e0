import { DEFAULT_MAX_BODY_BYTES } from '../protocol/index.js';

/** What one server holds at most; every limit, once passed, gets a short AWS-style JSON reply. */
export interface ServerLimits {
  /** One request body; over it, 413 RequestEntityTooLargeException. */
  readonly maxBodyBytes: number;
  /**
   * Request bodies held in memory across all connections at once; past it, ThrottlingException.
   * Without it, 600 concurrent 1 MiB uploads would hold 600 MiB.
   */
  readonly maxBufferedBytes: number;
  /** Open connections; a request on one past it gets ThrottlingException and the connection closes. */
  readonly maxConnections: number;
  /** Header lines of one request; past it, 431 (node would otherwise drop the rest silently). */
  readonly maxHeaders: number;
  /** Milliseconds to receive a whole request, headers and body; past it, 408. */
  readonly requestTimeoutMs: number;
}

/**
 * A valid KMS request is a few kB, so 64 MiB in flight is thousands of concurrent calls; 2,048
 * connections leave room for the 1,000-connection benchmark; the AWS SDK sends about a dozen
 * headers; 30 s is far beyond any honest upload of at most 1 MiB to a local mock.
 */
export const DEFAULT_LIMITS: ServerLimits = Object.freeze({
  maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
  maxBufferedBytes: 64 * 1024 * 1024,
  maxConnections: 2048,
  maxHeaders: 1000,
  requestTimeoutMs: 30_000,
});

/** Bytes held across connections: taken as body chunks arrive, given back once the reply is sent. */
export interface ByteBudget {
  /** Takes `bytes` if they fit; false (and nothing taken) when they would pass the limit. */
  take(bytes: number): boolean;
  give(bytes: number): void;
  /** Bytes held now. */
  held(): number;
}

export function createByteBudget(limit: number): ByteBudget {
  let held = 0;
  return {
    take(bytes) {
      if (held + bytes > limit) return false;
      held += bytes;
      return true;
    },
    give(bytes) {
      held = Math.max(0, held - bytes);
    },
    held: () => held,
  };
}
