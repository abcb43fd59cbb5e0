import { operations, type OperationName } from '../../generated/operations.js';
import { requestValidators } from '../../generated/request-validators.js';
import { toRejection, type ContractRejection } from './aws-messages.js';

export type RequestCheck = { ok: true } | { ok: false; rejection: ContractRejection };

/** Checks a request body against the operation's input schema, with the rejection KMS would send. */
export function checkRequest(op: OperationName, body: unknown): RequestCheck {
  const input = operations[op].input;
  const validate = requestValidators[input];
  if (validate(body)) return { ok: true };
  return { ok: false, rejection: toRejection(validate.errors ?? [], input) };
}
