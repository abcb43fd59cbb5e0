import type { CompiledValidator, RequestSchema } from '../../generated/request-validators.js';
import { toRejection, type ContractRejection } from './aws-messages.js';

export type RequestCheck = { ok: true } | { ok: false; rejection: ContractRejection };

/**
 * A body checked by the validator of `schema`, with the rejection KMS would send: the one verdict
 * of both request checks, the synchronous one (request-check.ts) and the mock's (request-gate.ts).
 */
export function checkWith(
  validate: CompiledValidator,
  schema: RequestSchema,
  body: unknown,
): RequestCheck {
  if (validate(body)) return { ok: true };
  return { ok: false, rejection: toRejection(validate.errors ?? [], schema) };
}
