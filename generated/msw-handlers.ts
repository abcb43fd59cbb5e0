// Generated from spec/kms.openapi.yaml by `npm run generate`; do not edit.
/* eslint-disable */
import { http, type HttpHandler } from 'msw';
import type { OperationName } from './operations.js';

/**
 * Every regional KMS endpoint as an MSW URL pattern: the spec's servers with `{region}` as `*`,
 * in each AWS partition.
 */
export const kmsEndpoints = [
  "https://kms.*.amazonaws.com/",
  "https://kms.*.amazonaws.com.cn/"
] as const;

/** The operation each `X-Amz-Target` names. */
export const operationsByTarget = {
  /** Returns a unique symmetric data key for use outside of KMS. */
  "TrentService.GenerateDataKey": "GenerateDataKey",
  /** Returns a unique symmetric data key for use outside of KMS. */
  "TrentService.GenerateDataKeyWithoutPlaintext": "GenerateDataKeyWithoutPlaintext",
  /** Decrypts ciphertext that was encrypted by a KMS key using any of the following operations. */
  "TrentService.Decrypt": "Decrypt",
  /** Encrypts plaintext of up to 4,096 bytes using a KMS key. */
  "TrentService.Encrypt": "Encrypt",
  /** Decrypts ciphertext and then reencrypts it entirely within KMS. */
  "TrentService.ReEncrypt": "ReEncrypt",
  /** Returns a random byte string that is cryptographically secure. */
  "TrentService.GenerateRandom": "GenerateRandom",
  /** Creates a unique customer managed [KMS key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#kms-keys) in your Amazon Web Services account and Region. */
  "TrentService.CreateKey": "CreateKey",
  /** Provides detailed information about a KMS key. */
  "TrentService.DescribeKey": "DescribeKey",
  /** Gets a list of all KMS keys in the caller's Amazon Web Services account and Region. */
  "TrentService.ListKeys": "ListKeys",
  /** Sets the key state of a KMS key to enabled. */
  "TrentService.EnableKey": "EnableKey",
  /** Sets the state of a KMS key to disabled. */
  "TrentService.DisableKey": "DisableKey",
  /** Schedules the deletion of a KMS key. */
  "TrentService.ScheduleKeyDeletion": "ScheduleKeyDeletion",
  /** Cancels the deletion of a KMS key. */
  "TrentService.CancelKeyDeletion": "CancelKeyDeletion",
  /** Creates a friendly name for a KMS key. */
  "TrentService.CreateAlias": "CreateAlias",
  /** Deletes the specified alias. */
  "TrentService.DeleteAlias": "DeleteAlias",
  /** Gets a list of aliases in the caller's Amazon Web Services account and region. */
  "TrentService.ListAliases": "ListAliases",
} as const satisfies Record<string, OperationName>;

export interface KmsEndpointHandlersOptions {
  /**
   * Answers every request to a KMS endpoint, whatever its method and `X-Amz-Target`: routing,
   * including the UnknownOperationException for a missing or unknown target, is its job.
   */
  readonly handle: (request: Request) => Response | Promise<Response>;
  /** Base URLs served besides {@link kmsEndpoints}, e.g. `http://127.0.0.1:4566/`. */
  readonly baseUrls?: readonly string[];
}

/**
 * One MSW handler per endpoint (every regional KMS host, then each base URL), any method, path
 * `/`: every KMS call is `POST /` with the operation in `X-Amz-Target`.
 *
 * @example
 * const handlers = kmsEndpointHandlers({
 *   handle: async (request) => toResponse(await wire(await toWireRequest(request))),
 * });
 */
export function kmsEndpointHandlers(options: KmsEndpointHandlersOptions): HttpHandler[] {
  const resolve = ({ request }: { request: Request }): Response | Promise<Response> =>
    options.handle(request);
  return [...kmsEndpoints, ...(options.baseUrls ?? [])].map((url) => http.all(url, resolve));
}
