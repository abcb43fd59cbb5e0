/**
 * The one table of every error name the wire layer, the mock, the client and the conformance
 * runner know: HTTP status, fault side and whether a client should retry.
 *
 * Statuses are what real KMS sends, not the Smithy model's `httpError` values: every client error
 * is 400 (kms-facts.md §4, e.g. NotFoundException is 404 in the model but 400 on the wire).
 */

export type ErrorFault = 'client' | 'server';

/** `model`: listed by an operation of the KMS model; `framework`: sent by the AWS front end. */
export type ErrorSource = 'model' | 'framework';

export interface ErrorSpec {
  readonly status: number;
  readonly fault: ErrorFault;
  readonly retryable: boolean;
  readonly source: ErrorSource;
}

const clientError = (source: ErrorSource): ErrorSpec =>
  Object.freeze({ status: 400, fault: 'client', retryable: false, source });

/** Server faults are retryable: the model marks exactly these three `fault: true` (§4). */
const serverFault: ErrorSpec = Object.freeze({
  status: 500,
  fault: 'server',
  retryable: true,
  source: 'model',
});

const modelled = clientError('model');
const framework = clientError('framework');

export const ERROR_TABLE = Object.freeze({
  // Modelled errors of the operations we serve (kms-facts.md §1 table), all 400 on the wire (§4).
  AlreadyExistsException: modelled,
  CloudHsmClusterInvalidConfigurationException: modelled,
  CustomKeyStoreInvalidStateException: modelled,
  CustomKeyStoreNotFoundException: modelled,
  DisabledException: modelled,
  DryRunOperationException: modelled,
  IncorrectKeyException: modelled,
  InvalidAliasNameException: modelled,
  InvalidArnException: modelled,
  InvalidCiphertextException: modelled,
  InvalidGrantTokenException: modelled,
  InvalidKeyUsageException: modelled,
  InvalidMarkerException: modelled,
  KMSInvalidStateException: modelled,
  // A resource quota (keys, aliases), not a request rate: waiting does not help. KMS signals rate
  // limits with ThrottlingException. (The AWS SDK's classifier still retries it as throttling.)
  LimitExceededException: modelled,
  MalformedPolicyDocumentException: modelled,
  NotFoundException: modelled,
  TagException: modelled,
  UnsupportedOperationException: modelled,
  XksKeyAlreadyInUseException: modelled,
  XksKeyInvalidConfigurationException: modelled,
  XksKeyNotFoundException: modelled,
  // Server faults (§4): KMSInternalException 500 per the API Reference; KeyUnavailableException 500
  // per the model; DependencyTimeoutException is 503 in the model but 500 in the API Reference.
  KMSInternalException: serverFault,
  KeyUnavailableException: serverFault,
  DependencyTimeoutException: serverFault,

  // Framework errors (kms-facts.md §3), never listed by the model.
  ValidationException: framework,
  SerializationException: framework,
  UnknownOperationException: framework,
  AccessDeniedException: framework,
  ThrottlingException: Object.freeze({ ...framework, retryable: true }),
  // §3 allows 400 or 403. KMS answers even AccessDeniedException with 400 where other services use
  // 403, so its front end evidently sends 400 for every client error; we follow that.
  MissingAuthenticationTokenException: framework,
  // The JSON (Coral) name for an unknown access key or session token; KMS uses it (§3). The Query
  // protocol's InvalidClientTokenId is deliberately absent: KMS never sends it.
  UnrecognizedClientException: framework,
  InvalidSignatureException: framework,
  IncompleteSignatureException: framework,
  // A body over the size limit. 413 like AWS front ends: the status alone tells a client or proxy
  // what went wrong before it parses the body, and resending the same request cannot succeed.
  RequestEntityTooLargeException: Object.freeze({ ...framework, status: 413 }),
} satisfies Record<string, ErrorSpec>);

export type KmsErrorName = keyof typeof ERROR_TABLE;

/** Every name in the table, in table order. */
export const KMS_ERROR_NAMES: readonly KmsErrorName[] = Object.freeze(
  Object.keys(ERROR_TABLE).filter(isKmsErrorName),
);

/** True when `value` is a name in {@link ERROR_TABLE} (own keys only: `toString` is not a name). */
export function isKmsErrorName(value: unknown): value is KmsErrorName {
  return typeof value === 'string' && Object.hasOwn(ERROR_TABLE, value);
}

/** The status, fault and retry flag of a known error name. */
export function errorSpec(name: KmsErrorName): ErrorSpec {
  return ERROR_TABLE[name];
}
