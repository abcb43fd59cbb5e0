import { readFileSync } from 'node:fs';
import { commandHelp, isCommand, USAGE, UsageError, type CommandName } from './usage.js';

type Command = (argv: string[]) => Promise<number>;

/** Each command's module is loaded only when it runs: `serve` starts without the runner's checks. */
const commands: Record<CommandName, () => Promise<Command>> = {
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

/** parseArgs' messages, cut to their first sentence (the rest explains `--` to positionals). */
function usageMessage(error: unknown): string | undefined {
  if (error instanceof UsageError) return error.message;
  if (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
    return error.message.split(/\.\s/)[0]?.replace(/\.$/, '');
  return undefined;
}

/** Runs one command line and returns the exit code; never throws. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined;
    process.stdout.write(topic !== undefined && isCommand(topic) ? commandHelp(topic) : USAGE);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  if (!isCommand(name)) {
    process.stderr.write(
      `kms-contract: unknown command '${name}' (kms-contract --help lists the commands)\n`,
    );
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(commandHelp(name));
    return 0;
  }
  try {
    return await (
      await commands[name]()
    )(rest);
  } catch (error) {
    const usage = usageMessage(error);
    if (usage !== undefined) {
      // One line and where to get help, not the whole manual.
      process.stderr.write(
        `kms-contract ${name}: ${usage} (kms-contract ${name} --help lists the options)\n`,
      );
      return 2;
    }
    process.stderr.write(
      `kms-contract ${name}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 2;
  }
}
