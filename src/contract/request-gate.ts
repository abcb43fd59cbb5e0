import { operations, type OperationName } from '../../generated/operations.js';
import type { CompiledValidator, RequestSchema } from '../../generated/request-validators.js';
import { atStartValidators } from '../../generated/request-validators/at-start.js';
import { checkWith, type RequestCheck } from './request-verdict.js';

type Validators = Readonly<Partial<Record<RequestSchema, CompiledValidator>>>;

/** The other inputs' validators once loaded (generated/request-validators/on-demand.ts). */
let onDemand: Validators | undefined;
let loading: Promise<Validators> | undefined;

function loadOnDemand(): Promise<Validators> {
  loading ??= import('../../generated/request-validators/on-demand.js').then(
    (module) => (onDemand = module.onDemandValidators),
    (error: unknown) => {
      // A chunk that did not download is tried again by the next request that needs it.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * Checks a request body against the operation's input schema, as {@link checkRequest} does (the
 * same compiled validators, so the same bodies pass and fail with the same rejections), but loads
 * validators on first use: a page that sets up the mock downloads only those of the operations that
 * answer its first requests (generated/request-validators/at-start.ts), and the others the first
 * time a request needs one. Synchronous once loaded (always for the first), else a promise that
 * loads them first.
 */
export function checkRequestOnFirstUse(
  operation: OperationName,
  body: unknown,
): RequestCheck | Promise<RequestCheck> {
  const schema = operations[operation].input;
  const validate = (atStartValidators as Validators)[schema] ?? onDemand?.[schema];
  if (validate !== undefined) return checkWith(validate, schema, body);
  return loadOnDemand().then((loaded) =>
    // Every input is in one of the two modules (generated together, from the same list).
    checkWith(loaded[schema] as CompiledValidator, schema, body),
  );
}
