import { ERROR_TABLE, type ErrorFault, type KmsErrorName } from './table.js';

/**
 * An error as KMS puts it on the wire: `{"__type": name, "message": text}` with the status from
 * {@link ERROR_TABLE}. `message` may be empty: real InvalidCiphertextException bodies carry only
 * `__type` (kms-facts.md §2).
 *
 * @example
 * throw new NotFoundException(`Key '${arn}' does not exist`);
 * if (error instanceof KmsError && error.fault === 'server') retry();
 */
export class KmsError<N extends KmsErrorName = KmsErrorName> extends Error {
  readonly __type: N;
  readonly status: number;
  readonly fault: ErrorFault;
  /** The AWS SDK's spelling of {@link fault}, so code written against SDK errors reads ours too. */
  readonly $fault: ErrorFault;
  readonly retryable: boolean;

  constructor(type: N, message = '', options?: ErrorOptions) {
    super(message, options);
    const spec = ERROR_TABLE[type];
    this.__type = type;
    this.name = type;
    this.status = spec.status;
    this.fault = spec.fault;
    this.$fault = spec.fault;
    this.retryable = spec.retryable;
  }
}

/** The constructor of one named error class, e.g. `typeof NotFoundException`. */
export type KmsErrorClass<N extends KmsErrorName> = new (
  message?: string,
  options?: ErrorOptions,
) => KmsError<N>;

/** A real subclass whose `name` (static and instance) is the wire `__type`. */
function defineError<N extends KmsErrorName>(type: N): KmsErrorClass<N> {
  const named = class extends KmsError<N> {
    constructor(message?: string, options?: ErrorOptions) {
      super(type, message, options);
    }
  };
  Object.defineProperty(named, 'name', { value: type });
  return named;
}

export const AlreadyExistsException = defineError('AlreadyExistsException');
export type AlreadyExistsException = KmsError<'AlreadyExistsException'>;
export const CloudHsmClusterInvalidConfigurationException = defineError(
  'CloudHsmClusterInvalidConfigurationException',
);
export type CloudHsmClusterInvalidConfigurationException =
  KmsError<'CloudHsmClusterInvalidConfigurationException'>;
export const CustomKeyStoreInvalidStateException = defineError(
  'CustomKeyStoreInvalidStateException',
);
export type CustomKeyStoreInvalidStateException = KmsError<'CustomKeyStoreInvalidStateException'>;
export const CustomKeyStoreNotFoundException = defineError('CustomKeyStoreNotFoundException');
export type CustomKeyStoreNotFoundException = KmsError<'CustomKeyStoreNotFoundException'>;
export const DependencyTimeoutException = defineError('DependencyTimeoutException');
export type DependencyTimeoutException = KmsError<'DependencyTimeoutException'>;
export const DisabledException = defineError('DisabledException');
export type DisabledException = KmsError<'DisabledException'>;
export const DryRunOperationException = defineError('DryRunOperationException');
export type DryRunOperationException = KmsError<'DryRunOperationException'>;
export const IncorrectKeyException = defineError('IncorrectKeyException');
export type IncorrectKeyException = KmsError<'IncorrectKeyException'>;
export const InvalidAliasNameException = defineError('InvalidAliasNameException');
export type InvalidAliasNameException = KmsError<'InvalidAliasNameException'>;
export const InvalidArnException = defineError('InvalidArnException');
export type InvalidArnException = KmsError<'InvalidArnException'>;
export const InvalidCiphertextException = defineError('InvalidCiphertextException');
export type InvalidCiphertextException = KmsError<'InvalidCiphertextException'>;
export const InvalidGrantTokenException = defineError('InvalidGrantTokenException');
export type InvalidGrantTokenException = KmsError<'InvalidGrantTokenException'>;
export const InvalidKeyUsageException = defineError('InvalidKeyUsageException');
export type InvalidKeyUsageException = KmsError<'InvalidKeyUsageException'>;
export const InvalidMarkerException = defineError('InvalidMarkerException');
export type InvalidMarkerException = KmsError<'InvalidMarkerException'>;
export const KMSInternalException = defineError('KMSInternalException');
export type KMSInternalException = KmsError<'KMSInternalException'>;
export const KMSInvalidStateException = defineError('KMSInvalidStateException');
export type KMSInvalidStateException = KmsError<'KMSInvalidStateException'>;
export const KeyUnavailableException = defineError('KeyUnavailableException');
export type KeyUnavailableException = KmsError<'KeyUnavailableException'>;
export const LimitExceededException = defineError('LimitExceededException');
export type LimitExceededException = KmsError<'LimitExceededException'>;
export const MalformedPolicyDocumentException = defineError('MalformedPolicyDocumentException');
export type MalformedPolicyDocumentException = KmsError<'MalformedPolicyDocumentException'>;
export const NotFoundException = defineError('NotFoundException');
export type NotFoundException = KmsError<'NotFoundException'>;
export const TagException = defineError('TagException');
export type TagException = KmsError<'TagException'>;
export const UnsupportedOperationException = defineError('UnsupportedOperationException');
export type UnsupportedOperationException = KmsError<'UnsupportedOperationException'>;
export const XksKeyAlreadyInUseException = defineError('XksKeyAlreadyInUseException');
export type XksKeyAlreadyInUseException = KmsError<'XksKeyAlreadyInUseException'>;
export const XksKeyInvalidConfigurationException = defineError(
  'XksKeyInvalidConfigurationException',
);
export type XksKeyInvalidConfigurationException = KmsError<'XksKeyInvalidConfigurationException'>;
export const XksKeyNotFoundException = defineError('XksKeyNotFoundException');
export type XksKeyNotFoundException = KmsError<'XksKeyNotFoundException'>;
export const ValidationException = defineError('ValidationException');
export type ValidationException = KmsError<'ValidationException'>;
export const SerializationException = defineError('SerializationException');
export type SerializationException = KmsError<'SerializationException'>;
export const UnknownOperationException = defineError('UnknownOperationException');
export type UnknownOperationException = KmsError<'UnknownOperationException'>;
export const AccessDeniedException = defineError('AccessDeniedException');
export type AccessDeniedException = KmsError<'AccessDeniedException'>;
export const ThrottlingException = defineError('ThrottlingException');
export type ThrottlingException = KmsError<'ThrottlingException'>;
export const MissingAuthenticationTokenException = defineError(
  'MissingAuthenticationTokenException',
);
export type MissingAuthenticationTokenException = KmsError<'MissingAuthenticationTokenException'>;
export const UnrecognizedClientException = defineError('UnrecognizedClientException');
export type UnrecognizedClientException = KmsError<'UnrecognizedClientException'>;
export const InvalidSignatureException = defineError('InvalidSignatureException');
export type InvalidSignatureException = KmsError<'InvalidSignatureException'>;
export const IncompleteSignatureException = defineError('IncompleteSignatureException');
export type IncompleteSignatureException = KmsError<'IncompleteSignatureException'>;
export const RequestEntityTooLargeException = defineError('RequestEntityTooLargeException');
export type RequestEntityTooLargeException = KmsError<'RequestEntityTooLargeException'>;

/** Name → class; the mapped type makes the compiler refuse a table name without a class. */
const CLASSES: { readonly [N in KmsErrorName]: KmsErrorClass<N> } = {
  AlreadyExistsException,
  CloudHsmClusterInvalidConfigurationException,
  CustomKeyStoreInvalidStateException,
  CustomKeyStoreNotFoundException,
  DependencyTimeoutException,
  DisabledException,
  DryRunOperationException,
  IncorrectKeyException,
  InvalidAliasNameException,
  InvalidArnException,
  InvalidCiphertextException,
  InvalidGrantTokenException,
  InvalidKeyUsageException,
  InvalidMarkerException,
  KMSInternalException,
  KMSInvalidStateException,
  KeyUnavailableException,
  LimitExceededException,
  MalformedPolicyDocumentException,
  NotFoundException,
  TagException,
  UnsupportedOperationException,
  XksKeyAlreadyInUseException,
  XksKeyInvalidConfigurationException,
  XksKeyNotFoundException,
  ValidationException,
  SerializationException,
  UnknownOperationException,
  AccessDeniedException,
  ThrottlingException,
  MissingAuthenticationTokenException,
  UnrecognizedClientException,
  InvalidSignatureException,
  IncompleteSignatureException,
  RequestEntityTooLargeException,
};

/**
 * Constructs the named subclass, so `instanceof NotFoundException` holds.
 *
 * @example
 * throw kmsError('InvalidCiphertextException'); // no message, as real KMS (kms-facts.md §2)
 */
export function kmsError<N extends KmsErrorName>(
  name: N,
  message?: string,
  options?: ErrorOptions,
): KmsError<N> {
  const ErrorClass: KmsErrorClass<N> = CLASSES[name];
  return new ErrorClass(message, options);
}

/** True for any {@link KmsError} (of this copy of the package). */
export function isKmsError(value: unknown): value is KmsError {
  return value instanceof KmsError;
}
