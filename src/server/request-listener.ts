import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  DEFAULT_MAX_BODY_BYTES,
  REQUEST_ID_HEADER,
  TARGET_PREFIX,
  bodyTooLarge,
  errorReply,
  internalErrorReply,
  type WireHandler,
  type WireLogger,
  type WireResponse,
} from '../protocol/index.js';
import type { CorsPolicy } from './cors.js';
import { kmsError } from '../errors/index.js';
import type { ByteBudget } from './limits.js';
import { readBody } from './read-body.js';
import { throttledReply, tooManyHeadersReply } from './transport-replies.js';

/** The path of the health endpoint, outside the KMS wire (every KMS call is `POST /`). */
export const HEALTH_PATH = '/_kms/health';

/** One request as `--log` prints it: never a header value or a byte of the body. */
export interface Exchange {
  /** The operation from `X-Amz-Target`, else the method and path (`GET /_kms/health`). */
  readonly operation: string;
  readonly status: number;
  /** The `__type` of an error reply. */
  readonly errorType?: string;
  readonly milliseconds: number;
  readonly requestId: string;
}

export interface RequestListenerOptions {
  readonly maxBodyBytes?: number;
  readonly logger?: WireLogger;
  /** Request id for replies the listener makes itself (an oversized body). */
  readonly requestId?: () => string;
  /** Browser origins allowed to call (CORS); no CORS headers at all without it. */
  readonly cors?: CorsPolicy;
  /** The body of `GET /_kms/health`; without it that path is not served. */
  readonly health?: () => Promise<Record<string, unknown>>;
  /** Told of every reply sent (`--log`). */
  readonly onExchange?: (exchange: Exchange) => void;
  /** Request bodies held in memory across every connection of the server. */
  readonly budget?: ByteBudget;
  /** Header lines one request may have; more get 431. Default 1000. */
  readonly maxHeaders?: number;
  /** Whether a request came on a connection past the server's connection limit. */
  readonly overCapacity?: (request: IncomingMessage) => boolean;
}

/**
 * A node:http request listener over a wire handler. Nothing a client sends can crash the process:
 * every failure becomes a reply, or a closed socket when the client is already gone.
 */
export function createRequestListener(
  handler: WireHandler,
  options: RequestListenerOptions = {},
): (request: IncomingMessage, response: ServerResponse) => void {
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const maxHeaders = options.maxHeaders ?? 1000;
  const logger = options.logger ?? console;
  const nextRequestId = options.requestId ?? (() => crypto.randomUUID());
  const { cors, health, onExchange, budget } = options;

  const serve = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const started = performance.now();
    const origin = request.headers.origin;
    const corsHeaders = cors?.headersFor(origin) ?? {};
    const reply = (answer: WireResponse, close = false): void => {
      send(response, answer, close, corsHeaders, request.method === 'HEAD');
      onExchange?.(exchangeOf(request, answer, started));
    };

    if (request.rawHeaders.length / 2 > maxHeaders)
      return reply(tooManyHeadersReply(maxHeaders, nextRequestId()), true);
    if (options.overCapacity?.(request))
      return reply(throttledReply('too many open connections', nextRequestId()), true);
    const method = request.method ?? '';
    if (cors && method === 'OPTIONS' && request.headers['access-control-request-method'])
      return reply(preflight(cors, origin, request, nextRequestId()));
    if (health && (method === 'GET' || method === 'HEAD') && pathOf(request) === HEALTH_PATH)
      return reply(jsonReply(200, await health(), nextRequestId()));

    const read = await readBody(request, limit, budget);
    if (read.kind === 'aborted') return;
    // The unread rest of the body would be parsed as the next request: close the connection.
    if (read.kind === 'too-large')
      return reply(errorReply(bodyTooLarge(limit), nextRequestId()), true);
    if (read.kind === 'over-budget')
      return reply(throttledReply('too many request bytes in flight', nextRequestId()), true);
    try {
      const answer = await handler({
        method,
        path: request.url ?? '/',
        headers: joinHeaders(request.rawHeaders),
        body: read.body,
      });
      reply(answer);
    } finally {
      budget?.give(read.body.length);
    }
  };

  return (request, response) => {
    // Aborted uploads and broken sockets emit 'error'; without a listener they would throw.
    request.on('error', ignore);
    response.on('error', ignore);
    serve(request, response).catch((error: unknown) => {
      logger.error('kms-contract: request listener failed', error);
      if (response.headersSent) response.destroy();
      else send(response, internalErrorReply(nextRequestId()), true, {}, false);
    });
  };
}

function preflight(
  cors: CorsPolicy,
  origin: string | undefined,
  request: IncomingMessage,
  requestId: string,
): WireResponse {
  if (origin === undefined || !cors.allows(origin)) {
    const allowed = cors.origins.join(', ');
    return errorReply(
      kmsError(
        'AccessDeniedException',
        `Origin ${truncate(origin ?? '(none)')} is not allowed (allowed: ${allowed}); start serve with --cors to allow it`,
      ),
      requestId,
    );
  }
  return {
    status: 204,
    headers: {
      [REQUEST_ID_HEADER]: requestId,
      ...cors.preflightHeaders(origin, request.headers['access-control-request-headers']),
    },
    body: '',
  };
}

function jsonReply(status: number, body: unknown, requestId: string): WireResponse {
  return {
    status,
    headers: { [REQUEST_ID_HEADER]: requestId, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  };
}

function send(
  response: ServerResponse,
  reply: WireResponse,
  close: boolean,
  extra: Record<string, string>,
  head: boolean,
): void {
  if (response.destroyed || response.writableEnded) return;
  const headers: Record<string, string | number> = {
    ...reply.headers,
    ...extra,
    'content-length': Buffer.byteLength(reply.body),
  };
  if (close) headers['connection'] = 'close';
  response.writeHead(reply.status, headers);
  // With `connection: close` node ends the socket once the reply is flushed.
  response.end(head ? undefined : reply.body);
}

function exchangeOf(request: IncomingMessage, reply: WireResponse, started: number): Exchange {
  const target = request.headers['x-amz-target'];
  const operation =
    typeof target === 'string' && target.startsWith(TARGET_PREFIX)
      ? truncate(target.slice(TARGET_PREFIX.length))
      : `${request.method ?? ''} ${truncate(pathOf(request))}`;
  const errorType = reply.status >= 300 ? errorTypeOf(reply.body) : undefined;
  return {
    operation,
    status: reply.status,
    ...(errorType === undefined ? {} : { errorType }),
    milliseconds: performance.now() - started,
    requestId: reply.headers[REQUEST_ID_HEADER] ?? '',
  };
}

function errorTypeOf(body: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(body);
    const type = typeof parsed === 'object' && parsed !== null ? Reflect.get(parsed, '__type') : '';
    return typeof type === 'string' ? type : undefined;
  } catch {
    return undefined;
  }
}

function pathOf(request: IncomingMessage): string {
  const url = request.url ?? '/';
  const query = url.indexOf('?');
  return query < 0 ? url : url.slice(0, query);
}

/**
 * Lower-case names, a repeated header's values joined with `,`: SigV4 canonicalizes repeats that
 * way, while node's own `request.headers` joins with `, ` and drops repeats of some names.
 */
function joinHeaders(raw: readonly string[]): Record<string, string> {
  const headers = new Map<string, string>();
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = (raw[i] ?? '').toLowerCase();
    const value = raw[i + 1] ?? '';
    const previous = headers.get(name);
    headers.set(name, previous === undefined ? value : `${previous},${value}`);
  }
  return Object.fromEntries(headers);
}

function truncate(text: string): string {
  return text.length > 100 ? `${text.slice(0, 100)}...` : text;
}

function ignore(): void {}
