import { readFile } from 'node:fs/promises';
import { CorsOriginError } from '../server/cors.js';
import {
  CredentialsFileError,
  credentialsFromDocument,
  type MockCredential,
} from '../server/credentials-file.js';
import type { Exchange } from '../server/request-listener.js';
import { startMockServer } from '../server/start-mock-server.js';
import { parseCommand, portOption } from './common.js';
import { COMMANDS, UsageError } from './usage.js';

async function credentialsFrom(file: string | undefined): Promise<MockCredential[]> {
  const found: MockCredential[] = [];
  const {
    AWS_ACCESS_KEY_ID: id,
    AWS_SECRET_ACCESS_KEY: secret,
    AWS_SESSION_TOKEN: token,
  } = process.env;
  if (id && secret)
    found.push(
      token
        ? { accessKeyId: id, secretAccessKey: secret, sessionToken: token }
        : { accessKeyId: id, secretAccessKey: secret },
    );
  if (file === undefined) return found;
  const { parse } = await import('yaml');
  let document: unknown;
  try {
    document = parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new UsageError(
      `--credentials ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  try {
    return [...found, ...credentialsFromDocument(document, file)];
  } catch (error) {
    if (error instanceof CredentialsFileError) throw new UsageError(error.message);
    throw error;
  }
}

/** `--cors`: `none`, or a comma-separated list of origin patterns (`*` for any origin). */
function corsOption(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  if (text.trim() === 'none') return [];
  return text
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
}

/** One `--log` line: when, what, how it ended, how long, which request. Nothing of its content. */
function logLine(exchange: Exchange): string {
  const outcome =
    exchange.errorType === undefined
      ? String(exchange.status)
      : `${exchange.status} ${exchange.errorType}`;
  return `${new Date().toISOString()} ${exchange.operation} ${outcome} ${exchange.milliseconds.toFixed(1)}ms ${exchange.requestId}\n`;
}

/** Resolves with the first SIGINT or SIGTERM. */
function nextSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const done = (signal: NodeJS.Signals) => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve(signal);
    };
    process.on('SIGINT', done);
    process.on('SIGTERM', done);
  });
}

/** `kms-contract serve`: the mock KMS until SIGINT/SIGTERM, which close the store and exit 0. */
export async function serve(argv: string[]): Promise<number> {
  const { values } = parseCommand(COMMANDS.serve.options, argv);
  if (values.auth !== 'none' && values.auth !== 'sigv4')
    throw new UsageError(`--auth must be none or sigv4, not ${values.auth}`);
  if (values.credentials !== undefined && values.auth !== 'sigv4')
    throw new UsageError('--credentials is read only with --auth sigv4');
  if (!/^\d{12}$/.test(values.account)) throw new UsageError('--account must be 12 digits');
  const cors = corsOption(values.cors);
  const dataDir = values['data-dir'];
  let server;
  try {
    server = await startMockServer({
      port: portOption(values.port),
      host: values.host,
      region: values.region,
      account: values.account,
      auth: values.auth,
      ...(values.auth === 'sigv4'
        ? { credentials: await credentialsFrom(values.credentials) }
        : {}),
      ...(dataDir !== undefined ? { dataDir } : {}),
      ...(values.seed !== undefined ? { seed: values.seed } : {}),
      ...(cors !== undefined ? { cors } : {}),
      ...(values.log ? { onExchange: (exchange) => process.stdout.write(logLine(exchange)) } : {}),
    });
  } catch (error) {
    if (error instanceof CorsOriginError) throw new UsageError(`--cors: ${error.message}`);
    throw error;
  }
  const keys = [
    dataDir !== undefined ? `keys in ${dataDir}` : 'keys in memory',
    ...(values.seed !== undefined ? [`seeded from ${values.seed}`] : []),
  ].join(', ');
  const origins = cors === undefined ? 'localhost and 127.0.0.1 pages' : cors.join(', ') || 'none';
  process.stdout.write(
    `kms-contract mock KMS listening on ${server.url} (default region ${values.region}, account ${values.account}, auth ${values.auth}, ${keys}; CORS: ${origins}; health: ${server.url}/_kms/health)\n`,
  );
  const signal = await nextSignal();
  process.stdout.write(
    `kms-contract: ${signal} received, closing${dataDir !== undefined ? ` (flushing ${dataDir})` : ''}\n`,
  );
  await server.close();
  process.stdout.write('kms-contract: mock KMS closed\n');
  return 0;
}
