import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createPrismEngine } from './engine.js';
import type { PrismEngine } from './engine.js';
import { createPrismLogger } from './logger.js';
import type { PrismLogLevel } from './logger.js';
import { loadOperations } from './operations.js';
import { parsePrefer } from './prefer.js';
import { defaultSpecPath } from './spec-path.js';
import { awsError, toWireReply } from './wire.js';
import type { WireReply } from './wire.js';

/** Options of {@link startPrismFront}. */
export interface PrismFrontOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  /** The bundled JSON spec; default `generated/kms.openapi.json` of this package. */
  specPath?: string | URL;
  /** Generate bodies from the schemas instead of serving the spec's examples (Prism `-d`). */
  dynamic?: boolean;
  /** Level of Prism's own logger; default `error` (Prism logs each request violation there). */
  logLevel?: PrismLogLevel;
  /** Receives every line the front or Prism would print; without it nothing is printed. */
  log?: (line: string) => void;
}

/** A running front: where it listens, and how to stop it. */
export interface PrismFront {
  url: string;
  port: number;
  close(): Promise<void>;
}

const MEDIA_TYPE = 'application/x-amz-json-1.1';

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function flatHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

/** AWS JSON 1.1 servers take an empty body as `{}` (spec info, "Protocol"). */
function parseJson(raw: string): Parsed {
  if (raw.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch (error) {
    return {
      ok: false,
      message: `The request body is not valid JSON: ${(error as Error).message}`,
    };
  }
}

async function answer(
  req: IncomingMessage,
  engine: PrismEngine,
  log: ((line: string) => void) | undefined,
): Promise<WireReply> {
  const raw = await readBody(req);
  const headers = flatHeaders(req);
  const target = headers['x-amz-target']?.trim();
  if (!target) return awsError(400, 'UnknownOperationException', 'Missing X-Amz-Target header');
  const body = parseJson(raw);
  if (!body.ok) return awsError(400, 'SerializationException', body.message);
  // Prism skips its content-type check when content-length is absent or 0 (chunked uploads).
  headers['content-length'] = String(Buffer.byteLength(raw));
  const result = await engine.call({
    method: req.method ?? 'GET',
    target,
    headers,
    body: body.value,
    preference: parsePrefer(headers['prefer']),
  });
  if (result.kind === 'response' && result.responseViolations.length > 0) {
    log?.(
      `prism front: the mocked ${target} response breaks the spec: ${result.responseViolations.join('; ')}`,
    );
  }
  if (result.kind === 'problem' && result.type === 'UNKNOWN')
    log?.(`prism front: ${target}: ${result.detail}`);
  return toWireReply(result);
}

function send(res: ServerResponse, reply: WireReply): void {
  res.writeHead(reply.status, {
    ...reply.headers,
    'content-type': MEDIA_TYPE,
    'content-length': Buffer.byteLength(reply.body),
    'x-amzn-RequestId': randomUUID(),
  });
  res.end(reply.body);
}

/**
 * Starts Prism, as a library, behind a node:http front that speaks AWS JSON 1.1 (tooling-findings
 * §2c, §3): a schema-only KMS mock served from the spec, usable with the real AWS SDK.
 */
export async function startPrismFront(options: PrismFrontOptions = {}): Promise<PrismFront> {
  const { port = 0, host = '127.0.0.1', dynamic = false, logLevel = 'error', log } = options;
  const specPath =
    options.specPath === undefined
      ? await defaultSpecPath()
      : options.specPath instanceof URL
        ? fileURLToPath(options.specPath)
        : options.specPath;
  const operations = await loadOperations(specPath);
  const engine = createPrismEngine(operations, {
    dynamic,
    logger: createPrismLogger(logLevel, log),
  });

  const server = createServer((req, res) => {
    answer(req, engine, log)
      .then((reply) => send(res, reply))
      .catch((error: unknown) => {
        log?.(`prism front: ${error instanceof Error ? error.message : String(error)}`);
        if (res.headersSent) res.destroy();
        else send(res, awsError(500, 'KMSInternalException', 'The Prism mock failed to answer'));
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  const bound = (server.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${bound}`,
    port: bound,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets (the AWS SDK keeps them) would otherwise hold close() open.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
