import type { HttpHandler } from 'msw';
import type {
  OperationInput,
  OperationName,
  OperationOutput,
  operations,
} from '../../generated/operations.js';
import type { KmsOutput, WithBlobs } from '../codec/index.js';
import type { KmsError, KmsErrorName } from '../errors/index.js';
import type { WireLogger } from '../protocol/index.js';
import type { SeedDocument } from './seed.js';

/** A request as the mock received it: the operation's input members, blobs decoded to bytes. */
export type KmsReceivedInput<Op extends OperationName> = WithBlobs<
  OperationInput<Op>,
  Uint8Array<ArrayBuffer>
>;

/** The errors the spec declares for an operation: what {@link KmsMock.failNext} can send. */
export type OperationErrorName<Op extends OperationName> = Extract<
  (typeof operations)[Op]['errors'][number],
  KmsErrorName
>;

export interface KmsMockOptions {
  /**
   * The Region of requests whose endpoint names none: those to a base URL that are not signed
   * (a signed one is served in its credential scope's Region). Requests to
   * `kms.<region>.amazonaws.com` are served in that Region. Default `us-east-1`.
   */
  readonly region?: string;
  /** The account in every ARN. Default `111122223333`. */
  readonly account?: string;
  /**
   * Endpoints served besides every regional `https://kms.<region>.amazonaws.com/`, e.g. the
   * `endpoint` your client is configured with (`http://127.0.0.1:4566`).
   */
  readonly baseUrls?: readonly (string | URL)[];
  /** Keys with fixed ids and aliases, created at the start and again on every {@link KmsMock.reset}. */
  readonly seed?: SeedDocument;
  /** Where unexpected failures go (a resolver that throws, or returns what the contract refuses); default `console`. */
  readonly logger?: WireLogger;
}

/** One call an operation received (the contract accepted the request), and what it answered. */
export interface KmsCall<Op extends OperationName> {
  readonly operation: Op;
  /** The request members, blobs decoded to `Uint8Array`. */
  readonly input: KmsReceivedInput<Op>;
  /** The Region the call was served in (`eu-west-1` for `kms.eu-west-1.amazonaws.com`). */
  readonly region: string;
  /** The request headers, lower-case names (`authorization`, `x-amz-target`, `host`, ...). */
  readonly headers: Readonly<Record<string, string>>;
  /** The `x-amzn-RequestId` of the reply. */
  readonly requestId: string;
  /** The output sent (blobs decoded), or the error sent instead (for an unexpected failure, KMSInternalException with the failure as `cause`). */
  readonly result:
    | { readonly ok: true; readonly output: KmsOutput<Op> }
    | { readonly ok: false; readonly error: KmsError };
}

/** A call of any operation: a union on `operation`, so checking it narrows `input` and `result`. */
export type KmsAnyCall = { [Op in OperationName]: KmsCall<Op> }[OperationName];

/** What an operation resolver given to {@link KmsMock.use} receives. */
export interface KmsResolverCall<Op extends OperationName> {
  readonly operation: Op;
  /** The request members, checked against the contract, blobs as `Uint8Array`. */
  readonly input: KmsReceivedInput<Op>;
  /** The Region the call is served in. */
  readonly region: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Runs the stateful mock on this request, for a resolver that adjusts its answer or only delays it. */
  readonly next: () => Promise<KmsOutput<Op>>;
}

/**
 * Answers one operation in place of the mock: return the output (blobs as `Uint8Array`), or throw a
 * contract error (`kmsError('NotFoundException', '...')`). The output is checked against the spec;
 * one the contract refuses is sent as KMSInternalException and reported to the logger.
 */
export type KmsResolver<Op extends OperationName> = (
  call: KmsResolverCall<Op>,
) => KmsResolverOutput<Op> | Promise<KmsResolverOutput<Op>>;

/** What a resolver returns: the operation's output, blobs as any `Uint8Array` (a Node `Buffer` too). */
export type KmsResolverOutput<Op extends OperationName> = WithBlobs<OperationOutput<Op>>;

export interface KmsUseOptions {
  /** Answer the next call only, then step aside (as MSW's `{ once: true }`). */
  readonly once?: boolean;
}

/**
 * A stateful mock KMS for MSW, and the controls a test needs.
 *
 * @example
 * kms.use('GenerateDataKey', async ({ next }) => {
 *   await delay(200); // msw's delay: a slow KMS, real answers
 *   return next();
 * });
 * kms.failNext('Decrypt', 'KMSInternalException');
 * kms.failAlways('Encrypt', 'DisabledException', 'key is disabled');
 * expect(kms.calls('Decrypt')[0]?.input.CiphertextBlob).toEqual(blob);
 * await kms.reset();
 */
export interface KmsMock {
  /** The request handlers: spread them into `setupServer(...)` or `setupWorker(...)`. */
  readonly handlers: readonly HttpHandler[];
  /** Answers an operation with `resolver` until {@link reset} (or once); the newest one wins. */
  use<Op extends OperationName>(
    operation: Op,
    resolver: KmsResolver<Op>,
    options?: KmsUseOptions,
  ): void;
  /** The next call of the operation fails with this error; calls queue up in order. */
  failNext<Op extends OperationName>(
    operation: Op,
    error: OperationErrorName<Op>,
    message?: string,
  ): void;
  /** Every call of the operation fails with this error, until {@link reset}. */
  failAlways<Op extends OperationName>(
    operation: Op,
    error: OperationErrorName<Op>,
    message?: string,
  ): void;
  /** The calls the operation received, oldest first. */
  calls<Op extends OperationName>(operation: Op): readonly KmsCall<Op>[];
  /** Every call of every operation, oldest first. */
  calls(): readonly KmsAnyCall[];
  /**
   * Back to the state of creation: keys and aliases (the seed again), calls, resolvers and
   * failures. Resolves when the seed is in place; requests made meanwhile wait for it.
   */
  reset(): Promise<void>;
}
