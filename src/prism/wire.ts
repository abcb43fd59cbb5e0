import type { PrismResult } from './engine.js';

/** A reply ready for node:http: status, extra headers and the body text (empty for no body). */
export interface WireReply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const MAX_MESSAGE = 1000;

/** An AWS JSON 1.1 error: `{__type, message}` (the spec's ErrorBody). */
export function awsError(status: number, type: string, message: string): WireReply {
  const short = message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 1)}…` : message;
  return { status, headers: {}, body: JSON.stringify({ __type: type, message: short }) };
}

function validation(violations: string[], fallback: string): WireReply {
  return awsError(
    400,
    'ValidationException',
    violations.length > 0 ? violations.join('; ') : fallback,
  );
}

// Headers the front sets itself: the media type is fixed by the protocol, and Prism's request id is
// a schema placeholder (`"string"`) rather than an id.
const OWN_HEADERS = new Set(['content-type', 'content-length', 'x-amzn-requestid']);

/**
 * Maps what Prism did onto the wire. Prism answers an invalid request with the spec's first 400
 * example (here NotFoundException) plus `violations.input`, so violations win over that body.
 * Prism's own problems become the errors KMS itself sends for the same situation.
 */
export function toWireReply(result: PrismResult): WireReply {
  if (result.kind === 'response') {
    if (result.requestViolations.length > 0)
      return validation(result.requestViolations, 'invalid request');
    const headers = Object.fromEntries(
      Object.entries(result.headers).filter(([name]) => !OWN_HEADERS.has(name.toLowerCase())),
    );
    return {
      status: result.status,
      headers,
      body: result.body === undefined ? '' : JSON.stringify(result.body),
    };
  }
  switch (result.type) {
    case 'NO_PATH_MATCHED_ERROR':
    case 'NO_METHOD_MATCHED_ERROR':
    case 'NO_RESOURCE_PROVIDED_ERROR':
    case 'NO_SERVER_MATCHED_ERROR':
      return awsError(
        400,
        'UnknownOperationException',
        'The operation named by X-Amz-Target is not in the spec',
      );
    case 'UNAUTHORIZED':
      return awsError(400, 'MissingAuthenticationTokenException', 'Missing Authentication Token');
    case 'UNPROCESSABLE_ENTITY':
    case 'INVALID_CONTENT_TYPE':
      return validation(result.violations, result.detail);
    case 'NOT_FOUND':
      // Only the Prefer header can ask for a status or an example the spec does not declare.
      return validation([], `Prefer header: ${result.detail}`);
    default:
      return awsError(
        500,
        'KMSInternalException',
        `The Prism mock could not answer (${result.type})`,
      );
  }
}
