import { describe, expect, it } from 'vitest';
import { errorStatus } from '../../generated/operations.js';
import { ERROR_TABLE, KMS_ERROR_NAMES, errorSpec, isKmsErrorName } from '../../src/errors/index.js';
import { statusOfErrorName } from '../../src/errors/status.js';

// The errors the KMS model lists for the operations we serve (evidence `wire.json-1-1`, `wire.client-error-400`).
const MODELLED = [
  'AlreadyExistsException',
  'CloudHsmClusterInUseException',
  'CloudHsmClusterInvalidConfigurationException',
  'CloudHsmClusterNotActiveException',
  'CloudHsmClusterNotFoundException',
  'CloudHsmClusterNotRelatedException',
  'ConflictException',
  'CustomKeyStoreHasCMKsException',
  'CustomKeyStoreInvalidStateException',
  'CustomKeyStoreNameInUseException',
  'CustomKeyStoreNotFoundException',
  'DependencyTimeoutException',
  'DisabledException',
  'DryRunOperationException',
  'ExpiredImportTokenException',
  'IncorrectKeyException',
  'IncorrectKeyMaterialException',
  'IncorrectTrustAnchorException',
  'InvalidAliasNameException',
  'InvalidArnException',
  'InvalidCiphertextException',
  'InvalidGrantIdException',
  'InvalidGrantTokenException',
  'InvalidImportTokenException',
  'InvalidKeyUsageException',
  'InvalidMarkerException',
  'KMSInternalException',
  'KMSInvalidMacException',
  'KMSInvalidSignatureException',
  'KMSInvalidStateException',
  'KeyUnavailableException',
  'LimitExceededException',
  'MalformedPolicyDocumentException',
  'NotFoundException',
  'TagException',
  'UnsupportedOperationException',
  'XksKeyAlreadyInUseException',
  'XksKeyInvalidConfigurationException',
  'XksKeyNotFoundException',
  'XksProxyIncorrectAuthenticationCredentialException',
  'XksProxyInvalidConfigurationException',
  'XksProxyInvalidResponseException',
  'XksProxyUriEndpointInUseException',
  'XksProxyUriInUseException',
  'XksProxyUriUnreachableException',
  'XksProxyVpcEndpointServiceInUseException',
  'XksProxyVpcEndpointServiceInvalidConfigurationException',
  'XksProxyVpcEndpointServiceNotFoundException',
];

const SERVER_FAULTS = [
  'KMSInternalException',
  'KeyUnavailableException',
  'DependencyTimeoutException',
];

describe('ERROR_TABLE', () => {
  it("holds the spec's errors with the spec's statuses, plus the two the wire sends before any operation", () => {
    const spec: Readonly<Record<string, number>> = errorStatus;
    const wireOnly = ['RequestEntityTooLargeException', 'UnknownOperationException'];
    expect([...KMS_ERROR_NAMES].sort()).toEqual([...Object.keys(spec), ...wireOnly].sort());
    for (const [name, status] of Object.entries(spec))
      expect({ name, status: ERROR_TABLE[name as keyof typeof ERROR_TABLE].status }).toEqual({
        name,
        status,
      });
  });

  it('gives every name the status statusOfErrorName finds by rule (what KmsError and the client use)', () => {
    for (const name of KMS_ERROR_NAMES)
      expect({ name, status: statusOfErrorName(name) }).toEqual({
        name,
        status: ERROR_TABLE[name].status,
      });
  });

  it('lists exactly the modelled errors as source "model"', () => {
    const modelled = KMS_ERROR_NAMES.filter((name) => errorSpec(name).source === 'model');
    expect([...modelled].sort()).toEqual([...MODELLED].sort());
  });

  it('gives every client error 400 (real KMS, not the Smithy 404/409/412) except an oversized body', () => {
    for (const name of KMS_ERROR_NAMES) {
      const spec = errorSpec(name);
      if (spec.fault === 'server') continue;
      const want = name === 'RequestEntityTooLargeException' ? 413 : 400;
      expect({ name, status: spec.status }).toEqual({ name, status: want });
    }
  });

  it('makes exactly the three modelled server faults 500 and retryable', () => {
    const faults = KMS_ERROR_NAMES.filter((name) => errorSpec(name).fault === 'server');
    expect([...faults].sort()).toEqual([...SERVER_FAULTS].sort());
    for (const name of faults)
      expect(errorSpec(name)).toMatchObject({ status: 500, retryable: true });
  });

  it.each([
    ['NotFoundException', 400, 'client', false],
    ['DisabledException', 400, 'client', false],
    ['KMSInvalidStateException', 400, 'client', false],
    ['DryRunOperationException', 400, 'client', false],
    ['AccessDeniedException', 400, 'client', false],
    ['MissingAuthenticationTokenException', 400, 'client', false],
    ['UnknownOperationException', 400, 'client', false],
    ['ThrottlingException', 400, 'client', true],
    ['RequestEntityTooLargeException', 413, 'client', false],
    ['DependencyTimeoutException', 500, 'server', true],
  ] as const)('%s → %i %s retryable=%s', (name, status, fault, retryable) => {
    expect(ERROR_TABLE[name]).toMatchObject({ status, fault, retryable });
  });

  it.each([
    ['NotFoundException', true],
    ['InvalidClientTokenId', false],
    ['toString', false],
    ['__proto__', false],
    ['notfoundexception', false],
    [42, false],
    [undefined, false],
  ])('isKmsErrorName(%s) is %s', (value, want) => {
    expect(isKmsErrorName(value)).toBe(want);
  });
});
