/**
 * The one table of every error name the wire layer, the mock, the client and the conformance
 * runner know: HTTP status, fault side and whether a client should retry.
 *
 * Names and statuses come from the spec (`errorStatus`, generated from each operation's named error
 * examples), plus the two errors of the wire itself that no operation declares. Statuses are what
 * real KMS sends, not the Smithy model's `httpError` values: every client error is 400 (the model
 * has NotFoundException as 404, the wire has 400).
 */
import { errorStatus, type ContractErrorName } from '../../generated/operations.js';

export type ErrorFault = 'client' | 'server';

/** `model`: listed by an operation of the KMS model; `framework`: sent by the AWS front end. */
export type ErrorSource = 'model' | 'framework';

export interface ErrorSpec {
  readonly status: number;
  readonly fault: ErrorFault;
  readonly retryable: boolean;
  readonly source: ErrorSource;
}

/**
 * Errors sent before any operation is chosen, so no operation of the spec can declare them.
 * A body over the size limit is 413 like AWS front ends: the status alone tells a client or proxy
 * what went wrong before it parses the body, and resending the same request cannot succeed.
 */
const WIRE_ERROR_STATUS = {
  UnknownOperationException: 400,
  RequestEntityTooLargeException: 413,
} as const;

export type KmsErrorName = ContractErrorName | keyof typeof WIRE_ERROR_STATUS;

/**
 * Errors of the AWS front end, which the KMS model never lists (AWS API Reference, "Common
 * Errors"); the spec declares the ones an operation can meet on every operation. KMS answers even
 * AccessDeniedException and MissingAuthenticationTokenException with 400 where other services use
 * 403. UnrecognizedClientException is the JSON (Coral) name for an unknown access key; the Query
 * protocol's InvalidClientTokenId is deliberately absent: KMS never sends it.
 */
const FRAMEWORK_ERRORS: ReadonlySet<KmsErrorName> = /* @__PURE__ */ new Set<KmsErrorName>([
  'AccessDeniedException',
  'IncompleteSignatureException',
  'InvalidSignatureException',
  'MissingAuthenticationTokenException',
  'RequestEntityTooLargeException',
  'SerializationException',
  'ThrottlingException',
  'UnknownOperationException',
  'UnrecognizedClientException',
  'ValidationException',
]);

function specOf(name: KmsErrorName, status: number): ErrorSpec {
  const fault: ErrorFault = status >= 500 ? 'server' : 'client';
  return Object.freeze({
    status,
    fault,
    // Server faults are retryable (the model marks exactly KMSInternalException,
    // KeyUnavailableException and DependencyTimeoutException `fault: true`), and so is a request
    // rate limit. LimitExceededException is a resource quota (keys, aliases): waiting does not help.
    retryable: fault === 'server' || name === 'ThrottlingException',
    source: FRAMEWORK_ERRORS.has(name) ? 'framework' : 'model',
  });
}

function buildTable(): { readonly [N in KmsErrorName]: ErrorSpec } {
  const status: { readonly [N in KmsErrorName]: number } = { ...errorStatus, ...WIRE_ERROR_STATUS };
  return Object.freeze(
    Object.fromEntries(
      Object.entries(status).map(([name, code]) => [name, specOf(name as KmsErrorName, code)]),
    ) as { [N in KmsErrorName]: ErrorSpec },
  );
}

// Built by /* @__PURE__ */ calls, so a bundle that never reads the table (the typed client, which
// takes statuses from statusOfErrorName) drops it and its names.
/** Every error name with its status, fault side, retry flag and source. */
export const ERROR_TABLE: { readonly [N in KmsErrorName]: ErrorSpec } =
  /* @__PURE__ */ buildTable();

function names(): readonly KmsErrorName[] {
  return Object.freeze(Object.keys(ERROR_TABLE).filter(isKmsErrorName));
}

/** Every name in the table: the spec's errors (alphabetical), then the wire's own. */
export const KMS_ERROR_NAMES: readonly KmsErrorName[] = /* @__PURE__ */ names();

/** True when `value` is a name in {@link ERROR_TABLE} (own keys only: `toString` is not a name). */
export function isKmsErrorName(value: unknown): value is KmsErrorName {
  return typeof value === 'string' && Object.hasOwn(ERROR_TABLE, value);
}

/** The status, fault and retry flag of a known error name. */
export function errorSpec(name: KmsErrorName): ErrorSpec {
  return ERROR_TABLE[name];
}
