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
  "TrentService.GenerateDataKey": "GenerateDataKey",
  "TrentService.GenerateDataKeyWithoutPlaintext": "GenerateDataKeyWithoutPlaintext",
  "TrentService.Decrypt": "Decrypt",
  "TrentService.Encrypt": "Encrypt",
  "TrentService.ReEncrypt": "ReEncrypt",
  "TrentService.GenerateRandom": "GenerateRandom",
  "TrentService.CreateKey": "CreateKey",
  "TrentService.DescribeKey": "DescribeKey",
  "TrentService.ListKeys": "ListKeys",
  "TrentService.EnableKey": "EnableKey",
  "TrentService.DisableKey": "DisableKey",
  "TrentService.ScheduleKeyDeletion": "ScheduleKeyDeletion",
  "TrentService.CancelKeyDeletion": "CancelKeyDeletion",
  "TrentService.CreateAlias": "CreateAlias",
  "TrentService.DeleteAlias": "DeleteAlias",
  "TrentService.ListAliases": "ListAliases"
} as const satisfies Record<string, OperationName>;

/** What one operation's resolver is given. */
export interface KmsResolverInfo<Op extends OperationName> {
  /** The operation `X-Amz-Target` names. */
  readonly operation: Op;
  /** A copy of the intercepted request: reading its body leaves the original to `fallback`. */
  readonly request: Request;
}

/** One operation's resolver: a response, or undefined to leave the request to `fallback`. */
export type KmsOperationResolver<Op extends OperationName> = (
  info: KmsResolverInfo<Op>,
) => Response | undefined | Promise<Response | undefined>;

/** A resolver per operation of the spec; operations without one go to `fallback`. */
export interface KmsOperationResolvers {
  /** `TrentService.GenerateDataKey`: Returns a unique symmetric data key for use outside of KMS. */
  readonly GenerateDataKey?: KmsOperationResolver<'GenerateDataKey'>;
  /** `TrentService.GenerateDataKeyWithoutPlaintext`: Returns a unique symmetric data key for use outside of KMS. */
  readonly GenerateDataKeyWithoutPlaintext?: KmsOperationResolver<'GenerateDataKeyWithoutPlaintext'>;
  /** `TrentService.Decrypt`: Decrypts ciphertext that was encrypted by a KMS key using any of the following operations. */
  readonly Decrypt?: KmsOperationResolver<'Decrypt'>;
  /** `TrentService.Encrypt`: Encrypts plaintext of up to 4,096 bytes using a KMS key. */
  readonly Encrypt?: KmsOperationResolver<'Encrypt'>;
  /** `TrentService.ReEncrypt`: Decrypts ciphertext and then reencrypts it entirely within KMS. */
  readonly ReEncrypt?: KmsOperationResolver<'ReEncrypt'>;
  /** `TrentService.GenerateRandom`: Returns a random byte string that is cryptographically secure. */
  readonly GenerateRandom?: KmsOperationResolver<'GenerateRandom'>;
  /** `TrentService.CreateKey`: Creates a unique customer managed [KMS key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#kms-keys) in your Amazon Web Services account and Region. */
  readonly CreateKey?: KmsOperationResolver<'CreateKey'>;
  /** `TrentService.DescribeKey`: Provides detailed information about a KMS key. */
  readonly DescribeKey?: KmsOperationResolver<'DescribeKey'>;
  /** `TrentService.ListKeys`: Gets a list of all KMS keys in the caller's Amazon Web Services account and Region. */
  readonly ListKeys?: KmsOperationResolver<'ListKeys'>;
  /** `TrentService.EnableKey`: Sets the key state of a KMS key to enabled. */
  readonly EnableKey?: KmsOperationResolver<'EnableKey'>;
  /** `TrentService.DisableKey`: Sets the state of a KMS key to disabled. */
  readonly DisableKey?: KmsOperationResolver<'DisableKey'>;
  /** `TrentService.ScheduleKeyDeletion`: Schedules the deletion of a KMS key. */
  readonly ScheduleKeyDeletion?: KmsOperationResolver<'ScheduleKeyDeletion'>;
  /** `TrentService.CancelKeyDeletion`: Cancels the deletion of a KMS key. */
  readonly CancelKeyDeletion?: KmsOperationResolver<'CancelKeyDeletion'>;
  /** `TrentService.CreateAlias`: Creates a friendly name for a KMS key. */
  readonly CreateAlias?: KmsOperationResolver<'CreateAlias'>;
  /** `TrentService.DeleteAlias`: Deletes the specified alias. */
  readonly DeleteAlias?: KmsOperationResolver<'DeleteAlias'>;
  /** `TrentService.ListAliases`: Gets a list of aliases in the caller's Amazon Web Services account and region. */
  readonly ListAliases?: KmsOperationResolver<'ListAliases'>;
}

export interface KmsEndpointHandlersOptions {
  readonly resolvers: KmsOperationResolvers;
  /** Answers every request no resolver answered: no or an unknown `X-Amz-Target`, or a resolver that returned undefined. */
  readonly fallback: (request: Request) => Response | Promise<Response>;
  /** Base URLs served besides {@link kmsEndpoints}, e.g. `http://127.0.0.1:4566/`. */
  readonly baseUrls?: readonly string[];
}

/**
 * One MSW handler per endpoint (every regional KMS host, then each base URL), any method, path
 * `/`: every KMS call is `POST /` with the operation in `X-Amz-Target`.
 *
 * @example
 * const handlers = kmsEndpointHandlers({
 *   resolvers: { GenerateRandom: () => HttpResponse.json({ Plaintext: 'AAAA' }) },
 *   fallback: () => HttpResponse.json({ __type: 'UnknownOperationException' }, { status: 400 }),
 * });
 */
export function kmsEndpointHandlers(options: KmsEndpointHandlersOptions): HttpHandler[] {
  const resolve = async ({ request }: { request: Request }): Promise<Response> =>
    (await resolveOperation(options.resolvers, request.clone())) ?? options.fallback(request);
  return [...kmsEndpoints, ...(options.baseUrls ?? [])].map((url) => http.all(url, resolve));
}

function resolveOperation(
  resolvers: KmsOperationResolvers,
  request: Request,
): Response | undefined | Promise<Response | undefined> {
  switch (request.headers.get('x-amz-target')) {
    case 'TrentService.GenerateDataKey':
      return resolvers.GenerateDataKey?.({ operation: 'GenerateDataKey', request });
    case 'TrentService.GenerateDataKeyWithoutPlaintext':
      return resolvers.GenerateDataKeyWithoutPlaintext?.({ operation: 'GenerateDataKeyWithoutPlaintext', request });
    case 'TrentService.Decrypt':
      return resolvers.Decrypt?.({ operation: 'Decrypt', request });
    case 'TrentService.Encrypt':
      return resolvers.Encrypt?.({ operation: 'Encrypt', request });
    case 'TrentService.ReEncrypt':
      return resolvers.ReEncrypt?.({ operation: 'ReEncrypt', request });
    case 'TrentService.GenerateRandom':
      return resolvers.GenerateRandom?.({ operation: 'GenerateRandom', request });
    case 'TrentService.CreateKey':
      return resolvers.CreateKey?.({ operation: 'CreateKey', request });
    case 'TrentService.DescribeKey':
      return resolvers.DescribeKey?.({ operation: 'DescribeKey', request });
    case 'TrentService.ListKeys':
      return resolvers.ListKeys?.({ operation: 'ListKeys', request });
    case 'TrentService.EnableKey':
      return resolvers.EnableKey?.({ operation: 'EnableKey', request });
    case 'TrentService.DisableKey':
      return resolvers.DisableKey?.({ operation: 'DisableKey', request });
    case 'TrentService.ScheduleKeyDeletion':
      return resolvers.ScheduleKeyDeletion?.({ operation: 'ScheduleKeyDeletion', request });
    case 'TrentService.CancelKeyDeletion':
      return resolvers.CancelKeyDeletion?.({ operation: 'CancelKeyDeletion', request });
    case 'TrentService.CreateAlias':
      return resolvers.CreateAlias?.({ operation: 'CreateAlias', request });
    case 'TrentService.DeleteAlias':
      return resolvers.DeleteAlias?.({ operation: 'DeleteAlias', request });
    case 'TrentService.ListAliases':
      return resolvers.ListAliases?.({ operation: 'ListAliases', request });
    default:
      return undefined;
  }
}
