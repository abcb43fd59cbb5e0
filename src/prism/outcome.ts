import { isKmsErrorName, kmsError } from '../errors/index.js';
import type { PrismResult } from './engine.js';

/** KMS messages are short; Prism's violation lists can run long. */
const MAX_MESSAGE = 1000;

function shortened(message: string): string {
  return message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 1)}…` : message;
}

function validation(violations: readonly string[], fallback: string): never {
  throw kmsError(
    'ValidationException',
    shortened(violations.length > 0 ? violations.join('; ') : fallback),
  );
}

/** A `{__type, message}` body of a declared error example, as the KmsError it names. */
function declaredError(status: number, body: unknown): never {
  const type = typeof body === 'object' && body !== null ? Reflect.get(body, '__type') : undefined;
  const message = typeof body === 'object' && body !== null ? Reflect.get(body, 'message') : '';
  if (typeof type === 'string' && isKmsErrorName(type))
    throw kmsError(type, shortened(typeof message === 'string' ? message : ''));
  // The spec's error examples all name errors of the table; anything else is a spec bug: a 500.
  throw new Error(`Prism answered ${status} with a body that names no KMS error`);
}

/**
 * What Prism did, as an operation's output or a thrown KmsError (the wire handler renders both).
 * Prism answers an invalid request with the spec's first 400 example (here NotFoundException) plus
 * `violations.input`, so violations win over that body. Prism's own problems become the errors KMS
 * itself sends for the same situation.
 */
export function outputOf(result: PrismResult): Record<string, unknown> | undefined {
  if (result.kind === 'response') {
    if (result.requestViolations.length > 0)
      validation(result.requestViolations, 'invalid request');
    if (result.status >= 300) declaredError(result.status, result.body);
    const body = result.body;
    // Operations without output (EnableKey, CreateAlias) declare no body: an empty 200.
    if (body === undefined || body === null || body === '') return undefined;
    if (typeof body === 'object' && !Array.isArray(body)) return body as Record<string, unknown>;
    throw new Error(`Prism answered ${result.status} with a body that is not a JSON object`);
  }
  switch (result.type) {
    case 'NO_PATH_MATCHED_ERROR':
    case 'NO_METHOD_MATCHED_ERROR':
    case 'NO_RESOURCE_PROVIDED_ERROR':
    case 'NO_SERVER_MATCHED_ERROR':
      throw kmsError(
        'UnknownOperationException',
        'The operation named by X-Amz-Target is not in the spec',
      );
    case 'UNAUTHORIZED':
      throw kmsError('MissingAuthenticationTokenException', 'Missing Authentication Token');
    case 'UNPROCESSABLE_ENTITY':
    case 'INVALID_CONTENT_TYPE':
      return validation(result.violations, result.detail);
    case 'NOT_FOUND':
      // Only the Prefer header can ask for a status or an example the spec does not declare.
      return validation([], `Prefer header: ${result.detail}`);
    default:
      throw new Error(`The Prism mock could not answer (${result.type}): ${result.detail}`);
  }
}
