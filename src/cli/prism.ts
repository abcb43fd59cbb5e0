import { parseArgs } from 'node:util';
import { portOption, waitForSignal } from './common.js';

/** `kms-contract prism`: the spec served by Prism behind an AWS JSON 1.1 front, until a signal. */
export async function prism(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '4010' },
      host: { type: 'string', default: '127.0.0.1' },
      dynamic: { type: 'boolean', default: false },
    },
    strict: true,
  });
  // Loaded on demand: Prism is heavy and only this command needs it.
  const { startPrismFront } = await import('../prism/index.js');
  const front = await startPrismFront({
    port: portOption(values.port),
    host: values.host,
    dynamic: values.dynamic,
  });
  process.stdout.write(
    `kms-contract Prism front (schema-only mock from the spec) listening on ${front.url}\n`,
  );
  await waitForSignal();
  await front.close();
  return 0;
}
