import { hasOutput, type OperationName } from '../../generated/operations.js';
import { encodeBlobs, MEDIA_TYPE, TARGET_PREFIX, type KmsOutput } from '../codec/index.js';
import { defaultEndpoint } from './endpoint.js';
import { readReply } from './response.js';
import { signHeaders } from './sign.js';
import type { KmsCallOptions, KmsClient, KmsClientInput, KmsClientOptions } from './types.js';

/**
 * A small KMS client: one method per operation of the contract, AWS member names, blobs as
 * `Uint8Array` in and out, SigV4-signed `fetch` requests. Errors are thrown as the classes of the
 * shared error table (`NotFoundException`, `KMSInternalException`, ...), or as
 * {@link KmsResponseError} for a reply that names no error. No retries: a server fault's
 * class says `retryable`, and the caller decides.
 *
 * @example
 * const kms = createKmsClient({ region: 'eu-west-1', credentials: { accessKeyId, secretAccessKey } });
 * const { Plaintext, CiphertextBlob } = await kms.generateDataKey({ KeyId: 'alias/app', KeySpec: 'AES_256' });
 * const { Plaintext: again } = await kms.decrypt({ CiphertextBlob: CiphertextBlob! });
 */
export function createKmsClient(options: KmsClientOptions): KmsClient {
  const region = options.region;
  const url = new URL(options.endpoint ?? defaultEndpoint(region));

  async function send<Op extends OperationName>(
    operation: Op,
    input: KmsClientInput<Op> | undefined,
    call: KmsCallOptions = {},
  ): Promise<KmsOutput<Op>> {
    const source = options.credentials;
    const credentials = typeof source === 'function' ? await source() : source;
    const body = JSON.stringify(encodeBlobs(input ?? {}));
    const headers = await signHeaders({
      url,
      headers: { 'content-type': MEDIA_TYPE, 'x-amz-target': TARGET_PREFIX + operation },
      body,
      region,
      credentials,
    });
    const init: RequestInit = {
      method: 'POST',
      headers,
      body,
      ...(call.signal ? { signal: call.signal } : {}),
    };
    const response = await (options.fetch ?? globalThis.fetch)(url, init);
    // readReply decodes exactly what the contract's output type describes (blobs to bytes).
    return (await readReply(response, hasOutput[operation])) as KmsOutput<Op>;
  }

  const client: Record<string, unknown> = { endpoint: url.href, region, send };
  for (const operation of Object.keys(hasOutput) as OperationName[]) {
    client[methodName(operation)] = (
      input: KmsClientInput<typeof operation> | undefined,
      call?: KmsCallOptions,
    ) => send(operation, input, call);
  }
  // Every method of KmsClientMethods was just added, one per operation of the contract.
  return client as unknown as KmsClient;
}

/** `GenerateDataKey` → `generateDataKey`, the AWS SDK's method spelling. */
function methodName<Op extends OperationName>(operation: Op): Uncapitalize<Op> {
  return (operation.charAt(0).toLowerCase() + operation.slice(1)) as Uncapitalize<Op>;
}
