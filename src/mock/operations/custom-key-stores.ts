import type { OperationInput, OperationOutput } from '../../contract/index.js';
import { kmsError } from '../../errors/index.js';
import type { MockContext } from '../context.js';

/**
 * The custom key store operations, answered as KMS answers an account with no custom key store
 * and no CloudHSM cluster or external key store proxy it can reach: the mock runs no HSM and
 * reaches nothing outside itself, so no custom key store can ever be created.
 *
 * - CreateCustomKeyStore checks the backing store while it creates the key store (model:
 *   `CreateCustomKeyStoreRequest.XksProxyUriEndpoint`: "KMS connects to the external key store
 *   proxy while creating the custom key store"): a CloudHSM key store names a cluster KMS cannot
 *   find (`CloudHsmClusterNotFoundException`); an external key store's public proxy endpoint is
 *   unreachable (`XksProxyUriUnreachableException`) and its VPC endpoint service cannot be found
 *   (`XksProxyVpcEndpointServiceNotFoundException`).
 * - Every operation on a custom key store id is `CustomKeyStoreNotFoundException`, and
 *   DescribeCustomKeyStores lists none.
 */

/** Members a custom key store type needs (model: `CreateCustomKeyStoreRequest` member docs). */
function requireMembers(input: Record<string, unknown>, type: string, names: string[]): void {
  const missing = names.filter((name) => input[name] === undefined);
  if (missing.length > 0) {
    throw kmsError(
      'ValidationException',
      `A custom key store of type ${type} requires ${missing.join(', ')}.`,
    );
  }
}

export async function createCustomKeyStore(
  _ctx: MockContext,
  input: OperationInput<'CreateCustomKeyStore'>,
): Promise<OperationOutput<'CreateCustomKeyStore'>> {
  const type = input.CustomKeyStoreType ?? 'AWS_CLOUDHSM';
  if (type === 'AWS_CLOUDHSM') {
    requireMembers(input, type, [
      'CloudHsmClusterId',
      'TrustAnchorCertificate',
      'KeyStorePassword',
    ]);
    throw kmsError(
      'CloudHsmClusterNotFoundException',
      `CloudHSM cluster ${String(input.CloudHsmClusterId)} could not be found.`,
    );
  }
  requireMembers(input, type, [
    'XksProxyUriEndpoint',
    'XksProxyUriPath',
    'XksProxyAuthenticationCredential',
    'XksProxyConnectivity',
  ]);
  if (input.XksProxyConnectivity === 'VPC_ENDPOINT_SERVICE') {
    requireMembers(input, type, ['XksProxyVpcEndpointServiceName']);
    throw kmsError(
      'XksProxyVpcEndpointServiceNotFoundException',
      `KMS cannot find the VPC endpoint service ${String(input.XksProxyVpcEndpointServiceName)}.`,
    );
  }
  throw kmsError(
    'XksProxyUriUnreachableException',
    `KMS cannot reach the external key store proxy at ${String(input.XksProxyUriEndpoint)}${String(input.XksProxyUriPath)}.`,
  );
}

/** The one answer for any custom key store id: none exists in this account and Region. */
function notFound(id: string): never {
  throw kmsError('CustomKeyStoreNotFoundException', `Custom key store ${id} does not exist.`);
}

export async function connectCustomKeyStore(
  _ctx: MockContext,
  input: OperationInput<'ConnectCustomKeyStore'>,
): Promise<OperationOutput<'ConnectCustomKeyStore'>> {
  return notFound(input.CustomKeyStoreId);
}

export async function disconnectCustomKeyStore(
  _ctx: MockContext,
  input: OperationInput<'DisconnectCustomKeyStore'>,
): Promise<OperationOutput<'DisconnectCustomKeyStore'>> {
  return notFound(input.CustomKeyStoreId);
}

export async function updateCustomKeyStore(
  _ctx: MockContext,
  input: OperationInput<'UpdateCustomKeyStore'>,
): Promise<OperationOutput<'UpdateCustomKeyStore'>> {
  return notFound(input.CustomKeyStoreId);
}

export async function deleteCustomKeyStore(
  _ctx: MockContext,
  input: OperationInput<'DeleteCustomKeyStore'>,
): Promise<OperationOutput<'DeleteCustomKeyStore'>> {
  return notFound(input.CustomKeyStoreId);
}

/**
 * Lists the account's custom key stores: none. A store asked for by id or by name does not
 * exist; a Marker can only be made up, since no reply ever handed one out.
 */
export async function describeCustomKeyStores(
  _ctx: MockContext,
  input: OperationInput<'DescribeCustomKeyStores'>,
): Promise<OperationOutput<'DescribeCustomKeyStores'>> {
  if (input.CustomKeyStoreId !== undefined) notFound(input.CustomKeyStoreId);
  if (input.CustomKeyStoreName !== undefined) {
    throw kmsError(
      'CustomKeyStoreNotFoundException',
      `Custom key store with name ${input.CustomKeyStoreName} does not exist.`,
    );
  }
  if (input.Marker !== undefined) throw kmsError('InvalidMarkerException', 'Marker is invalid.');
  return { CustomKeyStores: [], Truncated: false };
}
