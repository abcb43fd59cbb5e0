import { MEDIA_TYPE } from '../codec/index.js';
import { kmsError, type KmsError } from '../errors/index.js';
import type { WireResponse } from './wire-types.js';

/** The AWS JSON 1.1 media type, on every request and response (the spec's one media type). */
export const AMZ_JSON_CONTENT_TYPE = MEDIA_TYPE;

/** The request id header of Coral services, on success and error replies (evidence `wire.json-1-1`). */
export const REQUEST_ID_HEADER = 'x-amzn-RequestId';

/** AWS's generic wording for an internal failure; nothing of the real cause goes on the wire. */
const INTERNAL_ERROR_MESSAGE = 'We encountered an internal error. Please try again.';

function headers(requestId: string): Record<string, string> {
  return { [REQUEST_ID_HEADER]: requestId, 'content-type': AMZ_JSON_CONTENT_TYPE };
}

/**
 * A 200 reply. No output gives an empty body, as the AWS docs describe for EnableKey, DisableKey
 * and CreateAlias ("empty HTTP body", evidence `wire.json-1-1`); clients accept `{}` too, but we send what
 * KMS sends.
 */
export function successReply(
  output: Record<string, unknown> | undefined,
  requestId: string,
): WireResponse {
  const body = output === undefined ? '' : JSON.stringify(output);
  return { status: 200, headers: headers(requestId), body };
}

/**
 * An error reply: the table's status and `{"__type", "message"}`, with `message` left out when
 * empty (real InvalidCiphertextException bodies carry only `__type`, evidence `wire.error-envelope`).
 */
export function errorReply(error: KmsError, requestId: string): WireResponse {
  const body =
    error.message === ''
      ? { __type: error.__type }
      : { __type: error.__type, message: error.message };
  return { status: error.status, headers: headers(requestId), body: JSON.stringify(body) };
}

/** The 500 KMSInternalException sent for anything thrown that is not a KmsError. */
export function internalErrorReply(requestId: string): WireResponse {
  return errorReply(kmsError('KMSInternalException', INTERNAL_ERROR_MESSAGE), requestId);
}
