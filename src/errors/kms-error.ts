import { statusOfErrorName } from './status.js';
import type { ErrorFault, KmsErrorName } from './table.js';

/**
 * An error as KMS puts it on the wire: `{"__type": name, "message": text}` with the status from
 * `ERROR_TABLE` (found by {@link statusOfErrorName}). `message` may be empty: real InvalidCiphertextException bodies carry only
 * `__type` (evidence `wire.error-envelope`).
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
    const status = statusOfErrorName(type);
    const fault: ErrorFault = status >= 500 ? 'server' : 'client';
    this.__type = type;
    this.name = type;
    this.status = status;
    this.fault = fault;
    this.$fault = fault;
    // As ERROR_TABLE: server faults and a request rate limit are worth retrying.
    this.retryable = fault === 'server' || type === 'ThrottlingException';
  }
}

/** The constructor of one named error class, e.g. `typeof NotFoundException`. */
export type KmsErrorClass<N extends KmsErrorName> = new (
  message?: string,
  options?: ErrorOptions,
) => KmsError<N>;

const classes = new Map<KmsErrorName, KmsErrorClass<KmsErrorName>>();

/**
 * The one class of an error name: a real subclass whose `name` (static and instance) is the wire
 * `__type`, made on first use. The exported classes below and {@link kmsError} both come through
 * here, so `instanceof` holds whichever made the error, and a bundle that imports no class by name
 * (the `@__PURE__` marks let bundlers drop those) still builds every error the table names.
 */
function classOf<N extends KmsErrorName>(type: N): KmsErrorClass<N> {
  const made = classes.get(type);
  if (made) return made as KmsErrorClass<N>;
  const named = class extends KmsError<N> {
    constructor(message?: string, options?: ErrorOptions) {
      super(type, message, options);
    }
  };
  Object.defineProperty(named, 'name', { value: type });
  classes.set(type, named as KmsErrorClass<KmsErrorName>);
  return named;
}

// One class per name of the error table, exported by name as the AWS SDK exports its own;
// test/errors/kms-error.test.ts proves this list equals the table.
export const AlreadyExistsException = /* @__PURE__ */ classOf('AlreadyExistsException');
export type AlreadyExistsException = KmsError<'AlreadyExistsException'>;
export const CloudHsmClusterInUseException = /* @__PURE__ */ classOf(
  'CloudHsmClusterInUseException',
);
export type CloudHsmClusterInUseException = KmsError<'CloudHsmClusterInUseException'>;
export const CloudHsmClusterInvalidConfigurationException = /* @__PURE__ */ classOf(
  'CloudHsmClusterInvalidConfigurationException',
);
export type CloudHsmClusterInvalidConfigurationException =
  KmsError<'CloudHsmClusterInvalidConfigurationException'>;
export const CloudHsmClusterNotActiveException = /* @__PURE__ */ classOf(
  'CloudHsmClusterNotActiveException',
);
export type CloudHsmClusterNotActiveException = KmsError<'CloudHsmClusterNotActiveException'>;
export const CloudHsmClusterNotFoundException = /* @__PURE__ */ classOf(
  'CloudHsmClusterNotFoundException',
);
export type CloudHsmClusterNotFoundException = KmsError<'CloudHsmClusterNotFoundException'>;
export const CloudHsmClusterNotRelatedException = /* @__PURE__ */ classOf(
  'CloudHsmClusterNotRelatedException',
);
export type CloudHsmClusterNotRelatedException = KmsError<'CloudHsmClusterNotRelatedException'>;
export const ConflictException = /* @__PURE__ */ classOf('ConflictException');
export type ConflictException = KmsError<'ConflictException'>;
export const CustomKeyStoreHasCMKsException = /* @__PURE__ */ classOf(
  'CustomKeyStoreHasCMKsException',
);
export type CustomKeyStoreHasCMKsException = KmsError<'CustomKeyStoreHasCMKsException'>;
export const CustomKeyStoreInvalidStateException = /* @__PURE__ */ classOf(
  'CustomKeyStoreInvalidStateException',
);
export type CustomKeyStoreInvalidStateException = KmsError<'CustomKeyStoreInvalidStateException'>;
export const CustomKeyStoreNameInUseException = /* @__PURE__ */ classOf(
  'CustomKeyStoreNameInUseException',
);
export type CustomKeyStoreNameInUseException = KmsError<'CustomKeyStoreNameInUseException'>;
export const CustomKeyStoreNotFoundException = /* @__PURE__ */ classOf(
  'CustomKeyStoreNotFoundException',
);
export type CustomKeyStoreNotFoundException = KmsError<'CustomKeyStoreNotFoundException'>;
export const DependencyTimeoutException = /* @__PURE__ */ classOf('DependencyTimeoutException');
export type DependencyTimeoutException = KmsError<'DependencyTimeoutException'>;
export const DisabledException = /* @__PURE__ */ classOf('DisabledException');
export type DisabledException = KmsError<'DisabledException'>;
export const DryRunOperationException = /* @__PURE__ */ classOf('DryRunOperationException');
export type DryRunOperationException = KmsError<'DryRunOperationException'>;
export const ExpiredImportTokenException = /* @__PURE__ */ classOf('ExpiredImportTokenException');
export type ExpiredImportTokenException = KmsError<'ExpiredImportTokenException'>;
export const IncorrectKeyException = /* @__PURE__ */ classOf('IncorrectKeyException');
export type IncorrectKeyException = KmsError<'IncorrectKeyException'>;
export const IncorrectKeyMaterialException = /* @__PURE__ */ classOf(
  'IncorrectKeyMaterialException',
);
export type IncorrectKeyMaterialException = KmsError<'IncorrectKeyMaterialException'>;
export const IncorrectTrustAnchorException = /* @__PURE__ */ classOf(
  'IncorrectTrustAnchorException',
);
export type IncorrectTrustAnchorException = KmsError<'IncorrectTrustAnchorException'>;
export const InvalidAliasNameException = /* @__PURE__ */ classOf('InvalidAliasNameException');
export type InvalidAliasNameException = KmsError<'InvalidAliasNameException'>;
export const InvalidArnException = /* @__PURE__ */ classOf('InvalidArnException');
export type InvalidArnException = KmsError<'InvalidArnException'>;
export const InvalidCiphertextException = /* @__PURE__ */ classOf('InvalidCiphertextException');
export type InvalidCiphertextException = KmsError<'InvalidCiphertextException'>;
export const InvalidGrantIdException = /* @__PURE__ */ classOf('InvalidGrantIdException');
export type InvalidGrantIdException = KmsError<'InvalidGrantIdException'>;
export const InvalidGrantTokenException = /* @__PURE__ */ classOf('InvalidGrantTokenException');
export type InvalidGrantTokenException = KmsError<'InvalidGrantTokenException'>;
export const InvalidImportTokenException = /* @__PURE__ */ classOf('InvalidImportTokenException');
export type InvalidImportTokenException = KmsError<'InvalidImportTokenException'>;
export const InvalidKeyUsageException = /* @__PURE__ */ classOf('InvalidKeyUsageException');
export type InvalidKeyUsageException = KmsError<'InvalidKeyUsageException'>;
export const InvalidMarkerException = /* @__PURE__ */ classOf('InvalidMarkerException');
export type InvalidMarkerException = KmsError<'InvalidMarkerException'>;
export const KMSInternalException = /* @__PURE__ */ classOf('KMSInternalException');
export type KMSInternalException = KmsError<'KMSInternalException'>;
export const KMSInvalidMacException = /* @__PURE__ */ classOf('KMSInvalidMacException');
export type KMSInvalidMacException = KmsError<'KMSInvalidMacException'>;
export const KMSInvalidSignatureException = /* @__PURE__ */ classOf('KMSInvalidSignatureException');
export type KMSInvalidSignatureException = KmsError<'KMSInvalidSignatureException'>;
export const KMSInvalidStateException = /* @__PURE__ */ classOf('KMSInvalidStateException');
export type KMSInvalidStateException = KmsError<'KMSInvalidStateException'>;
export const KeyUnavailableException = /* @__PURE__ */ classOf('KeyUnavailableException');
export type KeyUnavailableException = KmsError<'KeyUnavailableException'>;
export const LimitExceededException = /* @__PURE__ */ classOf('LimitExceededException');
export type LimitExceededException = KmsError<'LimitExceededException'>;
export const MalformedPolicyDocumentException = /* @__PURE__ */ classOf(
  'MalformedPolicyDocumentException',
);
export type MalformedPolicyDocumentException = KmsError<'MalformedPolicyDocumentException'>;
export const NotFoundException = /* @__PURE__ */ classOf('NotFoundException');
export type NotFoundException = KmsError<'NotFoundException'>;
export const TagException = /* @__PURE__ */ classOf('TagException');
export type TagException = KmsError<'TagException'>;
export const UnsupportedOperationException = /* @__PURE__ */ classOf(
  'UnsupportedOperationException',
);
export type UnsupportedOperationException = KmsError<'UnsupportedOperationException'>;
export const XksKeyAlreadyInUseException = /* @__PURE__ */ classOf('XksKeyAlreadyInUseException');
export type XksKeyAlreadyInUseException = KmsError<'XksKeyAlreadyInUseException'>;
export const XksKeyInvalidConfigurationException = /* @__PURE__ */ classOf(
  'XksKeyInvalidConfigurationException',
);
export type XksKeyInvalidConfigurationException = KmsError<'XksKeyInvalidConfigurationException'>;
export const XksKeyNotFoundException = /* @__PURE__ */ classOf('XksKeyNotFoundException');
export type XksKeyNotFoundException = KmsError<'XksKeyNotFoundException'>;
export const XksProxyIncorrectAuthenticationCredentialException = /* @__PURE__ */ classOf(
  'XksProxyIncorrectAuthenticationCredentialException',
);
export type XksProxyIncorrectAuthenticationCredentialException =
  KmsError<'XksProxyIncorrectAuthenticationCredentialException'>;
export const XksProxyInvalidConfigurationException = /* @__PURE__ */ classOf(
  'XksProxyInvalidConfigurationException',
);
export type XksProxyInvalidConfigurationException =
  KmsError<'XksProxyInvalidConfigurationException'>;
export const XksProxyInvalidResponseException = /* @__PURE__ */ classOf(
  'XksProxyInvalidResponseException',
);
export type XksProxyInvalidResponseException = KmsError<'XksProxyInvalidResponseException'>;
export const XksProxyUriEndpointInUseException = /* @__PURE__ */ classOf(
  'XksProxyUriEndpointInUseException',
);
export type XksProxyUriEndpointInUseException = KmsError<'XksProxyUriEndpointInUseException'>;
export const XksProxyUriInUseException = /* @__PURE__ */ classOf('XksProxyUriInUseException');
export type XksProxyUriInUseException = KmsError<'XksProxyUriInUseException'>;
export const XksProxyUriUnreachableException = /* @__PURE__ */ classOf(
  'XksProxyUriUnreachableException',
);
export type XksProxyUriUnreachableException = KmsError<'XksProxyUriUnreachableException'>;
export const XksProxyVpcEndpointServiceInUseException = /* @__PURE__ */ classOf(
  'XksProxyVpcEndpointServiceInUseException',
);
export type XksProxyVpcEndpointServiceInUseException =
  KmsError<'XksProxyVpcEndpointServiceInUseException'>;
export const XksProxyVpcEndpointServiceInvalidConfigurationException = /* @__PURE__ */ classOf(
  'XksProxyVpcEndpointServiceInvalidConfigurationException',
);
export type XksProxyVpcEndpointServiceInvalidConfigurationException =
  KmsError<'XksProxyVpcEndpointServiceInvalidConfigurationException'>;
export const XksProxyVpcEndpointServiceNotFoundException = /* @__PURE__ */ classOf(
  'XksProxyVpcEndpointServiceNotFoundException',
);
export type XksProxyVpcEndpointServiceNotFoundException =
  KmsError<'XksProxyVpcEndpointServiceNotFoundException'>;
export const ValidationException = /* @__PURE__ */ classOf('ValidationException');
export type ValidationException = KmsError<'ValidationException'>;
export const SerializationException = /* @__PURE__ */ classOf('SerializationException');
export type SerializationException = KmsError<'SerializationException'>;
export const UnknownOperationException = /* @__PURE__ */ classOf('UnknownOperationException');
export type UnknownOperationException = KmsError<'UnknownOperationException'>;
export const AccessDeniedException = /* @__PURE__ */ classOf('AccessDeniedException');
export type AccessDeniedException = KmsError<'AccessDeniedException'>;
export const ThrottlingException = /* @__PURE__ */ classOf('ThrottlingException');
export type ThrottlingException = KmsError<'ThrottlingException'>;
export const MissingAuthenticationTokenException = /* @__PURE__ */ classOf(
  'MissingAuthenticationTokenException',
);
export type MissingAuthenticationTokenException = KmsError<'MissingAuthenticationTokenException'>;
export const UnrecognizedClientException = /* @__PURE__ */ classOf('UnrecognizedClientException');
export type UnrecognizedClientException = KmsError<'UnrecognizedClientException'>;
export const InvalidSignatureException = /* @__PURE__ */ classOf('InvalidSignatureException');
export type InvalidSignatureException = KmsError<'InvalidSignatureException'>;
export const IncompleteSignatureException = /* @__PURE__ */ classOf('IncompleteSignatureException');
export type IncompleteSignatureException = KmsError<'IncompleteSignatureException'>;
export const RequestEntityTooLargeException = /* @__PURE__ */ classOf(
  'RequestEntityTooLargeException',
);
export type RequestEntityTooLargeException = KmsError<'RequestEntityTooLargeException'>;

/**
 * Constructs the named subclass, so `instanceof NotFoundException` holds.
 *
 * @example
 * throw kmsError('InvalidCiphertextException'); // no message, as real KMS (evidence `wire.error-envelope`)
 */
export function kmsError<N extends KmsErrorName>(
  name: N,
  message?: string,
  options?: ErrorOptions,
): KmsError<N> {
  const ErrorClass = classOf(name);
  return new ErrorClass(message, options);
}

/** True for any {@link KmsError} (of this copy of the package). */
export function isKmsError(value: unknown): value is KmsError {
  return value instanceof KmsError;
}
