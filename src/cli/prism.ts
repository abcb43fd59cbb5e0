import { explainMissingPeer } from '../exports/peers.js';
import { parseCommand, portOption, waitForSignal } from './common.js';
import { COMMANDS } from './usage.js';

/** `kms-contract prism`: the spec served by Prism behind an AWS JSON 1.1 front, until a signal. */
export async function prism(argv: string[]): Promise<number> {
  const { values } = parseCommand(COMMANDS.prism.options, argv);
  const port = portOption(values.port);
  // Loaded on demand: Prism is an optional peer dependency, and only this command needs it.
  const { startPrismFront } = await import('../prism/index.js').catch((error: unknown) => {
    throw explainMissingPeer('prism', error);
  });
  const front = await startPrismFront({ port, host: values.host, dynamic: values.dynamic });
  process.stdout.write(
    `kms-contract Prism front (schema-only mock from the spec) listening on ${front.url}\n`,
  );
  await waitForSignal();
  await front.close();
  return 0;
}
