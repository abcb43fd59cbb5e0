import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usage.js';

/**
 * Parses a command's arguments against its table in usage.ts (`COMMANDS.serve.options`), strictly:
 * an unknown option or a stray argument is a usage error.
 */
type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<O extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O; strict: true; allowPositionals: false }>
>;

export function parseCommand<O extends Options>(options: O, argv: string[]): Parsed<O> {
  return parseArgs({ args: argv, options, strict: true, allowPositionals: false });
}

export function portOption(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`not a port: ${text}`);
  return port;
}

export function intOption(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0)
    throw new UsageError(`--${name} must be a non-negative integer, not ${text}`);
  return n;
}

/** Resolves on the first SIGINT or SIGTERM, so servers can close cleanly. */
export function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve();
    };
    process.on('SIGINT', done);
    process.on('SIGTERM', done);
  });
}
