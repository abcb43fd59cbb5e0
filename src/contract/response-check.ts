import { operations, type OperationName } from '../../generated/operations.js';
import type { ValidationError } from '../../generated/request-validators.js';
import { responseValidators } from '../../generated/response-validators.js';

/** One problem a response body has against the contract. */
export interface SchemaIssue {
  path: string;
  message: string;
}

function issues(errors: readonly ValidationError[] | null | undefined): SchemaIssue[] {
  return (errors ?? []).map((e) => ({
    path: e.instancePath || '/',
    message: `${e.keyword}: ${e.message ?? 'invalid'}`,
  }));
}

/** Checks a success body against the operation's output schema (an empty body where there is none). */
export function checkResponse(op: OperationName, body: unknown): SchemaIssue[] {
  const output = operations[op].output;
  if (output === null) {
    const empty =
      body === undefined ||
      (typeof body === 'object' && body !== null && Object.keys(body).length === 0);
    return empty
      ? []
      : [{ path: '/', message: 'this operation has no output, so the body must be empty or {}' }];
  }
  const validate = responseValidators[output];
  return validate(body) ? [] : issues(validate.errors);
}

/** Checks an error body against the shared `{__type, message}` schema. */
export function checkErrorBody(body: unknown): SchemaIssue[] {
  const validate = responseValidators.ErrorBody;
  return validate(body) ? [] : issues(validate.errors);
}
