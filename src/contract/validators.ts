import type { CompiledValidator, RequestSchema } from '../../generated/request-validators.js';
import { requestValidators } from '../../generated/request-validators.js';
import type { ResponseSchema } from '../../generated/response-validators.js';
import { responseValidators } from '../../generated/response-validators.js';

export type ValidatedSchema = RequestSchema | ResponseSchema;

/**
 * The validator of a schema an operation names (input, output) or `ErrorBody`. They are compiled
 * ahead of time (generated/request-validators.ts, generated/response-validators.ts): nothing
 * compiles a schema at run time, so they run under a Content-Security-Policy without
 * `unsafe-eval` and load no schema compiler. Requests and responses are separate modules so that
 * code which only checks requests (the mock) loads only those; it imports request-gate.ts, which
 * loads the request validators in two parts (those of a page's first requests at start).
 */
export function validatorFor(schemaName: ValidatedSchema): CompiledValidator {
  return Object.hasOwn(requestValidators, schemaName)
    ? requestValidators[schemaName as RequestSchema]
    : responseValidators[schemaName as ResponseSchema];
}
