/**
 * What the broken targets answer in place of the honest mock, and the rewrites of its replies they
 * share: one way to build a reply, so that a proof fails for the mistake its target imitates and
 * never for a reply the target got wrong by accident.
 */
import type { WireResponse } from '../../../src/protocol/index.js';
import { bodyOf, operationOf, requestBodyOf, withBody, type Mutation } from '../harness.js';

/** The content type of every KMS reply. */
export const JSON_11: Readonly<Record<string, string>> = {
  'content-type': 'application/x-amz-json-1.1',
};

/** A 200 with a JSON body. Headers are a fresh object: some targets rewrite them in place. */
export const success = (body: unknown): WireResponse => ({
  status: 200,
  headers: { ...JSON_11 },
  body: JSON.stringify(body),
});

/** An empty 200, as the operations without output answer. */
export const emptySuccess = (): WireResponse => ({
  status: 200,
  headers: { ...JSON_11 },
  body: '',
});

/**
 * An error reply of `type`; the body names a message only when one is given. `headers` are kept
 * under the JSON content type (a rewritten honest reply keeps its request id).
 */
export const failure = (
  type: string,
  message?: string,
  { status = 400, headers = {} }: { status?: number; headers?: Record<string, string> } = {},
): WireResponse => ({
  status,
  headers: { ...headers, ...JSON_11 },
  body: JSON.stringify(message === undefined ? { __type: type } : { __type: type, message }),
});

/**
 * Rewrites the successful replies of `operations` (one name or several); `rewrite` sees the reply
 * body and the request body.
 */
export function onSuccess(
  operations: string | readonly string[],
  rewrite: (
    body: Record<string, unknown>,
    request: Record<string, unknown>,
  ) => Record<string, unknown> | Promise<Record<string, unknown>>,
): Mutation {
  const names: readonly string[] = typeof operations === 'string' ? [operations] : operations;
  return async (request, next) => {
    const reply = await next(request);
    if (reply.status !== 200 || !names.includes(operationOf(request) ?? '')) return reply;
    return withBody(reply, await rewrite(bodyOf(reply), requestBodyOf(request)));
  };
}

/**
 * Answers the refusals of `operations` whose type is one of `types` with a success made from the
 * request, as a target does that never checks what the mock refused for.
 */
export function errorAsSuccess(
  operations: string | readonly string[],
  types: string | readonly string[],
  make: (request: Record<string, unknown>, operation: string) => unknown,
): Mutation {
  const names: readonly string[] = typeof operations === 'string' ? [operations] : operations;
  const refusals: readonly string[] = typeof types === 'string' ? [types] : types;
  return async (request, next) => {
    const reply = await next(request);
    const operation = operationOf(request) ?? '';
    if (!names.includes(operation) || reply.status < 300) return reply;
    if (!refusals.includes(String(bodyOf(reply).__type))) return reply;
    return success(make(requestBodyOf(request), operation));
  };
}
