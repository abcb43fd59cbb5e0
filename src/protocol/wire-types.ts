import type { KmsError } from '../errors/index.js';

/** One HTTP request as any transport hands it over (node:http, MSW, a test). */
export interface WireRequest {
  readonly method: string;
  /** The request target as sent: path plus any `?query` (`/` for every KMS call). */
  readonly path: string;
  /** Header names in lower case; a repeated header's values joined with `,` (as SigV4 does). */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array;
}

/** One HTTP response; the transport adds framing headers such as `content-length`. */
export interface WireResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export interface OperationContext {
  /** The operation name from `X-Amz-Target`, e.g. `GenerateDataKey`. */
  readonly operation: string;
  /** The `x-amzn-RequestId` this reply will carry. */
  readonly requestId: string;
  /** The request headers (lower-case names), e.g. to read the SigV4 credential scope. */
  readonly headers: Readonly<Record<string, string>>;
  /** The AWS Region the request is for, as the front door found it; undefined when it names none. */
  readonly region: string | undefined;
}

/**
 * One operation: the parsed JSON object in, the output object out, or undefined for operations
 * without output (EnableKey, DisableKey, CreateAlias: evidence `wire.json-1-1`). Failures are thrown as
 * {@link KmsError}; anything else thrown becomes a 500 KMSInternalException.
 */
export type Operation = (
  input: Record<string, unknown>,
  ctx: OperationContext,
) => Promise<Record<string, unknown> | undefined> | Record<string, unknown> | undefined;

/** Operation name (without the `TrentService.` prefix) → implementation. */
export type OperationTable = Readonly<Record<string, Operation>>;

/** Resolves to the refusal to send, or undefined to let the request through. */
export type Authenticate = (request: WireRequest) => Promise<KmsError | undefined>;

/**
 * The AWS Region a request is for, as its front door reads it (the SigV4 credential scope, the
 * endpoint host); undefined when the request names none or names something that is not a Region.
 */
export type RegionOf = (request: WireRequest) => string | undefined;

/** Where unexpected failures are reported; they never reach the wire. */
export interface WireLogger {
  error(message: string, detail: unknown): void;
}

/** The transport-neutral AWS JSON 1.1 server: never rejects. */
export type WireHandler = (request: WireRequest) => Promise<WireResponse>;
