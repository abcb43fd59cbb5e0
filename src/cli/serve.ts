import { readFile } from 'node:fs/promises';
import { startMockServer, type MockCredential } from '../server/start-mock-server.js';
import { parseCommand, portOption, waitForSignal } from './common.js';
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
  const doc: unknown = parse(await readFile(file, 'utf8'));
  const list = Array.isArray(doc) ? doc : [];
  for (const entry of list) {
    const e = entry as Partial<MockCredential>;
    if (typeof e.accessKeyId !== 'string' || typeof e.secretAccessKey !== 'string')
      throw new UsageError(`${file}: every entry needs accessKeyId and secretAccessKey`);
    found.push({ accessKeyId: e.accessKeyId, secretAccessKey: e.secretAccessKey });
  }
  return found;
}

/** `kms-contract serve`: the mock KMS until SIGINT/SIGTERM. */
export async function serve(argv: string[]): Promise<number> {
  const { values } = parseCommand(COMMANDS.serve.options, argv);
  if (values.auth !== 'none' && values.auth !== 'sigv4')
    throw new UsageError(`--auth must be none or sigv4, not ${values.auth}`);
  if (!/^\d{12}$/.test(values.account)) throw new UsageError('--account must be 12 digits');
  const server = await startMockServer({
    port: portOption(values.port),
    host: values.host,
    region: values.region,
    account: values.account,
    auth: values.auth,
    ...(values.auth === 'sigv4' ? { credentials: await credentialsFrom(values.credentials) } : {}),
    ...(values['data-dir'] !== undefined ? { dataDir: values['data-dir'] } : {}),
    ...(values.seed !== undefined ? { seed: values.seed } : {}),
  });
  process.stdout.write(
    `kms-contract mock KMS listening on ${server.url} (region ${values.region}, account ${values.account}, auth ${values.auth}, ${values['data-dir'] ? `data in ${values['data-dir']}` : 'keys in memory'})\n`,
  );
  await waitForSignal();
  await server.close();
  return 0;
}
