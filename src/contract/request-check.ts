import { operations, type OperationName } from '../../generated/operations.js';
import { requestValidators } from '../../generated/request-validators.js';
import { checkWith, type RequestCheck } from './request-verdict.js';

export type { RequestCheck } from './request-verdict.js';

/**
 * Checks a request body against the operation's input schema, with the rejection KMS would send.
 * Synchronous: every operation's validator is loaded with this module (the mock's gate loads them
 * on first use instead, src/contract/request-gate.ts).
 */
export function checkRequest(op: OperationName, body: unknown): RequestCheck {
  const input = operations[op].input;
  return checkWith(requestValidators[input], input, body);
}
