import { operations, type OperationName } from '../../generated/operations.js';
import {
  validators,
  type CompiledValidator,
  type ValidatedSchema,
  type ValidationError,
} from '../../generated/validators.js';
import { toRejection, type ContractRejection } from './aws-messages.js';

/** One problem a response body has against the contract. */
export interface SchemaIssue {
  path: string;
  message: string;
}

export type RequestCheck = { ok: true } | { ok: false; rejection: ContractRejection };

/**
 * The validator of a schema an operation names (input, output) or `ErrorBody`. They are compiled
 * ahead of time (generated/validators.ts): nothing compiles a schema at run time, so they run
 * under a Content-Security-Policy without `unsafe-eval` and load no schema compiler.
 */
export function validatorFor(schemaName: ValidatedSchema): CompiledValidator {
  return validators[schemaName];
}

function issues(errors: readonly ValidationError[] | null | undefined): SchemaIssue[] {
  return (errors ?? []).map((e) => ({
    path: e.instancePath || '/',
    message: `${e.keyword}: ${e.message ?? 'invalid'}`,
  }));
}

/** Checks a request body against the operation's input schema, with the rejection KMS would send. */
export function checkRequest(op: OperationName, body: unknown): RequestCheck {
  const input = operations[op].input;
  const validate = validatorFor(input);
  if (validate(body)) return { ok: true };
  return { ok: false, rejection: toRejection(validate.errors ?? [], input) };
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
  const validate = validatorFor(output);
  return validate(body) ? [] : issues(validate.errors);
}

/** Checks an error body against the shared `{__type, message}` schema. */
export function checkErrorBody(body: unknown): SchemaIssue[] {
  const validate = validatorFor('ErrorBody');
  return validate(body) ? [] : issues(validate.errors);
}
