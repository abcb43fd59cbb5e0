import { readFileSync } from 'node:fs';
import { USAGE, UsageError } from './usage.js';

type Command = (argv: string[]) => Promise<number>;

/** Each command's module is loaded only when it runs: `serve` starts without the runner's checks. */
const commands: Record<string, () => Promise<Command>> = {
  conform: async () => (await import('./conform.js')).conform,
  serve: async () => (await import('./serve.js')).serve,
  prism: async () => (await import('./prism.js')).prism,
};

function version(): string {
  for (const path of ['../../package.json', '../../../package.json']) {
    try {
      return (
        JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as { version: string }
      ).version;
    } catch {
      // try the next layout (sources or dist/)
    }
  }
  return 'unknown';
}

/** Runs one command line and returns the exit code; never throws. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  const load = commands[name];
  try {
    if (!load) throw new UsageError(`unknown command: ${name}`);
    if (rest.includes('--help') || rest.includes('-h')) {
      process.stdout.write(USAGE);
      return 0;
    }
    return await (
      await load()
    )(rest);
  } catch (error) {
    const usage =
      error instanceof UsageError ||
      (error instanceof Error &&
        'code' in error &&
        String(error.code).startsWith('ERR_PARSE_ARGS'));
    process.stderr.write(
      `kms-contract: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    if (usage) process.stderr.write(`\n${USAGE}`);
    return 2;
  }
}
