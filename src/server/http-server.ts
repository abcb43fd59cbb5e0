import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  DEFAULT_MAX_BODY_BYTES,
  bodyTooLarge,
  createWireHandler,
  errorReply,
  internalErrorReply,
  type WireHandler,
  type WireHandlerOptions,
  type WireLogger,
  type WireResponse,
} from '../protocol/index.js';
import { readBody } from './read-body.js';

export { DEFAULT_MAX_BODY_BYTES };

export interface RequestListenerOptions {
  readonly maxBodyBytes?: number;
  readonly logger?: WireLogger;
  /** Request id for replies the listener makes itself (an oversized body). */
  readonly requestId?: () => string;
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
  const logger = options.logger ?? console;
  const nextRequestId = options.requestId ?? (() => crypto.randomUUID());

  const serve = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const read = await readBody(request, limit);
    if (read.kind === 'aborted') return;
    if (read.kind === 'too-large') {
      // The unread rest of the body would be parsed as the next request: close the connection.
      send(response, errorReply(bodyTooLarge(limit), nextRequestId()), true);
      return;
    }
    const reply = await handler({
      method: request.method ?? '',
      path: request.url ?? '/',
      headers: joinHeaders(request.rawHeaders),
      body: read.body,
    });
    send(response, reply, false);
  };

  return (request, response) => {
    // Aborted uploads and broken sockets emit 'error'; without a listener they would throw.
    request.on('error', ignore);
    response.on('error', ignore);
    serve(request, response).catch((error: unknown) => {
      logger.error('kms-contract: request listener failed', error);
      if (response.headersSent) response.destroy();
      else send(response, internalErrorReply(nextRequestId()), true);
    });
  };
}

function send(response: ServerResponse, reply: WireResponse, close: boolean): void {
  if (response.destroyed || response.writableEnded) return;
  const headers: Record<string, string | number> = {
    ...reply.headers,
    'content-length': Buffer.byteLength(reply.body),
  };
  if (close) headers['connection'] = 'close';
  response.writeHead(reply.status, headers);
  // With `connection: close` node ends the socket once the reply is flushed.
  response.end(reply.body);
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

function ignore(): void {}

export interface ListenOptions extends RequestListenerOptions {
  /** Default 0: a free port, reported back in the result. */
  readonly port?: number;
  /** Default 127.0.0.1: nothing outside this machine reaches a mock by accident. */
  readonly host?: string;
}

export type StartServerOptions = ListenOptions &
  ({ readonly handler: WireHandler } | WireHandlerOptions);

export interface RunningServer {
  /** e.g. `http://127.0.0.1:53011`, ready for an SDK `endpoint`. */
  readonly url: string;
  readonly port: number;
  /** Stops listening and closes every connection, idle keep-alive ones included. */
  close(): Promise<void>;
}

/**
 * Serves a wire handler (or an operation table) over node:http.
 *
 * @example
 * const server = await startServer({ operations });
 * const kms = new KMSClient({ endpoint: server.url, region: 'us-east-1', credentials });
 * await server.close();
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const handler = 'handler' in options ? options.handler : createWireHandler(options);
  const listener = createRequestListener(handler, options);
  const server = createServer(listener);
  // An Expect other than 100-continue: node would answer a bare 417 itself, a reply with no AWS
  // error body. RFC 9110 §10.1.1 lets a server ignore an expectation it does not know; we do, and
  // serve the request like any other.
  server.on('checkExpectation', listener);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
