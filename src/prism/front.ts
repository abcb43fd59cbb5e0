import { fileURLToPath } from 'node:url';
import type { WireLogger } from '../protocol/index.js';
import { startServer } from '../server/http-server.js';
import { createPrismEngine } from './engine.js';
import { createPrismLogger, type PrismLogLevel } from './logger.js';
import { prismOperations } from './operation-table.js';
import { loadOperations } from './operations.js';
import { defaultSpecPath } from './spec-path.js';

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

/** What the wire handler hides behind a 500, as one line to `log`. */
function wireLogger(log: ((line: string) => void) | undefined): WireLogger {
  return {
    error: (message, detail) =>
      log?.(`${message}: ${detail instanceof Error ? detail.message : String(detail)}`),
  };
}

/**
 * Starts Prism, as a library, as the third front door on the one wire: the node:http adapter and
 * wire handler `serve` uses (same body limit, JSON checks and error replies), with each operation
 * answered by Prism from the spec (its examples, or bodies generated from the schemas; `Prefer`
 * picks a declared example). A schema-only KMS mock, usable with the real AWS SDK.
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
  const server = await startServer({
    operations: prismOperations(operations, engine, log),
    logger: wireLogger(log),
    port,
    host,
  });
  let closing: Promise<void> | undefined;
  return {
    url: server.url,
    port: server.port,
    close() {
      closing ??= server.close();
      return closing;
    },
  };
}
