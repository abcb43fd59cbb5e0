import { isKmsError, kmsError } from '../errors/index.js';
import { operationFromTarget } from './targets.js';
import {
  DEFAULT_MAX_BODY_BYTES,
  bodyTooLarge,
  checkContentType,
  parseJsonObject,
} from './wire-body.js';
import { errorReply, internalErrorReply, successReply } from './wire-reply.js';
import type {
  Authenticate,
  Operation,
  RegionOf,
  OperationTable,
  WireHandler,
  WireLogger,
  WireRequest,
  WireResponse,
} from './wire-types.js';

export interface WireHandlerOptions {
  /** Operation name → implementation; the list comes from the spec, never from this module. */
  readonly operations: OperationTable;
  /** Runs before anything else, so an unsigned request learns nothing about operations. */
  readonly authenticate?: Authenticate;
  /** Request id per reply; default `crypto.randomUUID()` (a UUID, as real KMS sends). */
  readonly requestId?: () => string;
  /** Receives what a 500 hides from the wire; default `console`. */
  readonly logger?: WireLogger;
  /** Bodies over this many bytes get RequestEntityTooLargeException; default 1 MiB. */
  readonly maxBodyBytes?: number;
  /** The Region each request is for, handed to its operation; none without it. */
  readonly regionOf?: RegionOf;
}

/**
 * The transport-neutral core of an AWS JSON 1.1 server: limit the body, authenticate, route on `X-Amz-Target`,
 * parse the JSON object, run the operation, and render `{__type, message}` errors with the status
 * of the error table. The returned handler never rejects.
 *
 * @example
 * const handle = createWireHandler({ operations: { GenerateRandom: async () => ({ Plaintext: '' }) } });
 * const reply = await handle({ method: 'POST', path: '/', headers, body });
 */
export function createWireHandler(options: WireHandlerOptions): WireHandler {
  const nextRequestId = options.requestId ?? (() => crypto.randomUUID());
  const logger = options.logger ?? console;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;

  return async (raw: WireRequest): Promise<WireResponse> => {
    const requestId = nextRequestId();
    const request = { ...raw, headers: lowerCaseNames(raw.headers) };
    let operationName: string | undefined;
    try {
      // First, as node:http refuses it before reading: no front door authenticates or routes it.
      if (request.body.length > maxBodyBytes) throw bodyTooLarge(maxBodyBytes);
      const refusal = await options.authenticate?.(request);
      if (refusal !== undefined) return errorReply(refusal, requestId);

      const found = route(request, options.operations);
      operationName = found.name;
      checkContentType(request.headers['content-type']);
      const input = parseJsonObject(request.body);
      const ctx = {
        operation: found.name,
        requestId,
        headers: request.headers,
        region: options.regionOf?.(request),
      };
      return successReply(await found.operation(input, ctx), requestId);
    } catch (error) {
      if (isKmsError(error)) return errorReply(error, requestId);
      logger.error(
        `kms-contract: unexpected failure in ${operationName ?? 'request handling'} (request ${requestId})`,
        error,
      );
      return internalErrorReply(requestId);
    }
  };
}

/**
 * The operation a request names. Every KMS operation is `POST /` (evidence `wire.json-1-1`), so another
 * method names no operation at all: that is UnknownOperationException (400), the same answer as a
 * bad target, rather than a 405 that KMS has no error name for.
 */
function route(
  request: WireRequest,
  operations: OperationTable,
): { name: string; operation: Operation } {
  if (request.method.toUpperCase() !== 'POST') {
    throw kmsError(
      'UnknownOperationException',
      `Method ${truncate(request.method)} is not supported: every operation is POST /`,
    );
  }
  const target = request.headers['x-amz-target'];
  if (target === undefined) {
    throw kmsError('UnknownOperationException', 'Missing X-Amz-Target header');
  }
  const name = operationFromTarget(target);
  // Own keys only: `TrentService.constructor` must not reach Object.prototype.
  const operation =
    name !== undefined && Object.hasOwn(operations, name) ? operations[name] : undefined;
  if (name === undefined || operation === undefined) {
    throw kmsError('UnknownOperationException', `Unknown operation ${truncate(target)}`);
  }
  return { name, operation };
}

/** fromEntries defines own properties, so a header named `__proto__` stays a plain header. */
function lowerCaseNames(headers: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]),
  );
}

function truncate(text: string): string {
  return text.length > 100 ? `${text.slice(0, 100)}...` : text;
}
