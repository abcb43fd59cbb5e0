import { createServer, maxHeaderSize, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import {
  DEFAULT_MAX_BODY_BYTES,
  REQUEST_ID_HEADER,
  createWireHandler,
  type WireHandler,
  type WireHandlerOptions,
} from '../protocol/index.js';
import { DEFAULT_LIMITS, createByteBudget, type ServerLimits } from './limits.js';
import { createRequestListener, type RequestListenerOptions } from './request-listener.js';
import { clientErrorReply, rawHttpResponse } from './transport-replies.js';

export { DEFAULT_MAX_BODY_BYTES };

export interface ListenOptions extends Omit<
  RequestListenerOptions,
  'budget' | 'maxHeaders' | 'overCapacity'
> {
  /** Default 0: a free port, reported back in the result. */
  readonly port?: number;
  /** Default 127.0.0.1: nothing outside this machine reaches a mock by accident. */
  readonly host?: string;
  /** Capacity limits; each one left out is its {@link DEFAULT_LIMITS} value. */
  readonly limits?: Partial<Omit<ServerLimits, 'maxBodyBytes'>>;
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
 * Serves a wire handler (or an operation table) over node:http, within {@link ServerLimits}:
 * whatever a client sends, too much of or too slowly, it gets a short AWS-style JSON reply.
 *
 * @example
 * const server = await startServer({ operations });
 * const kms = new KMSClient({ endpoint: server.url, region: 'us-east-1', credentials });
 * await server.close();
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const limits: ServerLimits = {
    ...DEFAULT_LIMITS,
    ...options.limits,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
  };
  const nextRequestId = options.requestId ?? (() => crypto.randomUUID());
  const handler = 'handler' in options ? options.handler : createWireHandler(options);

  let open = 0;
  const pastCapacity = new WeakSet<Socket>();
  /** The reply to the last request each socket handed over. */
  const current = new WeakMap<Duplex, ServerResponse>();
  const listener = createRequestListener(handler, {
    ...options,
    budget: createByteBudget(limits.maxBufferedBytes),
    maxHeaders: limits.maxHeaders,
    overCapacity: (request) => pastCapacity.has(request.socket),
  });
  const server = createServer(
    {
      requestTimeout: limits.requestTimeoutMs,
      headersTimeout: Math.min(60_000, limits.requestTimeoutMs),
      // How often node looks for timed-out requests: a timeout fires within this much of its due time.
      connectionsCheckingInterval: Math.max(50, Math.min(5_000, limits.requestTimeoutMs / 4)),
    },
    (request: IncomingMessage, response: ServerResponse) => {
      current.set(request.socket, response);
      listener(request, response);
    },
  );
  // 0 = no count limit in node, which would otherwise drop the 1,001st header onward silently;
  // the listener refuses requests with more than limits.maxHeaders instead, and the header block
  // stays bounded by node's maxHeaderSize (16 KiB: past it, 431 from the clientError below).
  server.maxHeadersCount = 0;
  server.on('connection', (socket: Socket) => {
    // Counted, not refused here: the request on it is read and answered ThrottlingException.
    if (++open > limits.maxConnections) pastCapacity.add(socket);
    socket.once('close', () => open--);
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // The socket's last request; once its reply is finished, the error belongs to the next one.
    const response = current.get(socket);
    const replying = response !== undefined && response.headersSent && !response.writableFinished;
    // Gone, or a reply already started: nothing can be said on this connection any more.
    if (error.code === 'ECONNRESET' || !socket.writable || replying) {
      socket.destroy();
      return;
    }
    const reply = clientErrorReply(error.code, nextRequestId(), {
      requestTimeoutMs: limits.requestTimeoutMs,
      maxHeaderBytes: maxHeaderSize,
    });
    socket.end(rawHttpResponse(reply));
    options.onExchange?.({
      operation: 'HTTP',
      status: reply.status,
      errorType: 'SerializationException',
      milliseconds: 0,
      requestId: reply.headers[REQUEST_ID_HEADER] ?? '',
    });
  });
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
