import {
  DEFAULT_BUDGET,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_SEED,
  DEFAULT_TIMEOUT_MS,
} from '../../conformance/defaults.js';
import { installCommand } from '../exports/peers.js';

/**
 * Every command's options in one table: `parseCommand` (common.ts) hands them to `parseArgs`, and
 * `commandHelp` prints them, so an option added here is parsed and documented at once. `help` is
 * the line `--help` shows; `value` names its argument; `shows` replaces the default in the help
 * where the default is computed (from the environment, say).
 */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly multiple?: boolean;
  readonly default?: string | boolean | string[];
  readonly value?: string;
  readonly shows?: string;
  readonly help: string;
}

export interface CommandSpec {
  readonly summary: string;
  readonly details?: readonly string[];
  readonly options: Readonly<Record<string, OptionSpec>>;
  readonly examples: readonly string[];
}

const env = process.env;

export const COMMANDS = {
  conform: {
    summary:
      'Check a KMS-compatible endpoint against the contract and its cryptographic properties.',
    details: [
      'Without --endpoint, starts the built-in mock (checking SigV4) on a free port and checks it.',
      'Requests are signed with AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN when set.',
      'Exit code: 0 every required check passed or skipped, 1 one failed, 2 the runner could not',
      'judge (endpoint unreachable, its credentials refused, nothing checked), with the cause.',
    ],
    options: {
      endpoint: {
        type: 'string',
        value: 'URL',
        help: 'the endpoint to check (default: the built-in mock)',
      },
      region: {
        type: 'string',
        value: 'REGION',
        default: env['AWS_REGION'] ?? env['AWS_DEFAULT_REGION'] ?? 'us-east-1',
        shows: '$AWS_REGION, $AWS_DEFAULT_REGION or us-east-1',
        help: 'the region requests are signed for',
      },
      'key-id': {
        type: 'string',
        multiple: true,
        default: [] as string[],
        value: 'ID',
        shows: 'keys the runner creates',
        help: 'use this key (repeatable); checks that need a new key are skipped',
      },
      checks: {
        type: 'string',
        value: 'PATTERN',
        shows: 'all',
        help: "the checks to run: ids or globs, comma-separated ('crypto.*,binding.*')",
      },
      report: {
        type: 'string',
        multiple: true,
        default: ['console'] as string[],
        value: 'FORMATS',
        help: 'console, json, junit, html (comma-separated or repeated)',
      },
      out: {
        type: 'string',
        value: 'DIR',
        default: 'reports/conformance',
        help: 'where file reports go',
      },
      seed: {
        type: 'string',
        value: 'N',
        shows: String(DEFAULT_SEED),
        help: 'seed of every random choice, to repeat a run',
      },
      budget: {
        type: 'string',
        value: 'N',
        shows: String(DEFAULT_BUDGET),
        help: 'most requests the run may send',
      },
      timeout: {
        type: 'string',
        value: 'S',
        shows: String(DEFAULT_TIMEOUT_MS / 1000),
        help: 'seconds one request may take',
      },
      'max-time': {
        type: 'string',
        value: 'S',
        shows: 'none',
        help: 'seconds the whole run may take',
      },
      'max-response-bytes': {
        type: 'string',
        value: 'N',
        shows: `${DEFAULT_MAX_RESPONSE_BYTES} (1 MiB)`,
        help: 'largest reply read; a larger one fails its check',
      },
      'auth-enforced': {
        type: 'boolean',
        default: false,
        help: 'the auth probes (always run, recommended by default) become required',
      },
      baseline: {
        type: 'string',
        value: 'FILE',
        help: 'known failures (a --report json file, or {"knownFailures": [ids]}): reported, not failing',
      },
      list: {
        type: 'boolean',
        default: false,
        help: 'print every check (or those --checks selects) with its tier and evidence; run nothing',
      },
    },
    examples: [
      'kms-contract conform',
      'kms-contract conform --endpoint http://127.0.0.1:4566 --checks "crypto.*"',
      'kms-contract conform --endpoint http://127.0.0.1:4566 --report console,junit --out reports',
      'kms-contract conform --list --checks "crypto.*"',
    ],
  },
  serve: {
    summary: 'Run the mock KMS (AWS JSON 1.1, real AES-256-GCM) until SIGINT or SIGTERM.',
    options: {
      port: {
        type: 'string',
        value: 'PORT',
        default: '4566',
        help: 'port to listen on (0: a free one)',
      },
      host: { type: 'string', value: 'HOST', default: '127.0.0.1', help: 'address to listen on' },
      region: {
        type: 'string',
        value: 'REGION',
        default: env['AWS_REGION'] ?? 'us-east-1',
        shows: '$AWS_REGION or us-east-1',
        help: 'region of requests whose signature names none',
      },
      account: {
        type: 'string',
        value: 'ID',
        default: '111122223333',
        help: 'account of the key ARNs (12 digits)',
      },
      'data-dir': {
        type: 'string',
        value: 'DIR',
        shows: 'keys in memory',
        help: 'keep keys on disk; they survive restarts',
      },
      seed: {
        type: 'string',
        value: 'FILE',
        help: 'keys and aliases to start with (YAML or JSON)',
      },
      auth: {
        type: 'string',
        value: 'none|sigv4',
        default: 'none',
        help: 'sigv4: verify request signatures',
      },
      credentials: {
        type: 'string',
        value: 'FILE',
        help: 'with --auth sigv4: keys accepted besides $AWS_ACCESS_KEY_ID (YAML or JSON list of {accessKeyId, secretAccessKey, sessionToken?})',
      },
      cors: {
        type: 'string',
        value: 'ORIGINS',
        shows: 'http(s)://localhost:* and http(s)://127.0.0.1:*',
        help: 'browser origins allowed to call, comma-separated (host:* any port, * any origin, none)',
      },
      log: {
        type: 'boolean',
        default: false,
        help: 'print one line per request (operation, status, error type, ms, request id)',
      },
    },
    examples: [
      'kms-contract serve --port 4566',
      'kms-contract serve --seed keys.yaml --data-dir .kms',
      'aws --endpoint-url http://127.0.0.1:4566 kms create-key',
    ],
  },
  prism: {
    summary: 'Serve a schema-only mock from the spec through Prism, over AWS JSON 1.1.',
    details: [
      'Needs Prism, an optional peer dependency:',
      `  ${installCommand('prism')}`,
      'The header `Prefer: code=400, example=NotFoundException` picks an error example.',
    ],
    options: {
      port: {
        type: 'string',
        value: 'PORT',
        default: '4010',
        help: 'port to listen on (0: a free one)',
      },
      host: { type: 'string', value: 'HOST', default: '127.0.0.1', help: 'address to listen on' },
      dynamic: {
        type: 'boolean',
        default: false,
        help: "answers generated from the schemas, not the spec's examples",
      },
    },
    examples: ['kms-contract prism --port 4010'],
  },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;

export function isCommand(name: string): name is CommandName {
  return Object.hasOwn(COMMANDS, name);
}

function optionLine(name: string, spec: OptionSpec): [string, string] {
  const flag = `--${name}${spec.value ? ` ${spec.value}` : ''}`;
  const fallback =
    spec.shows ??
    (spec.type === 'boolean' || spec.default === undefined
      ? undefined
      : Array.isArray(spec.default)
        ? spec.default.join(',')
        : String(spec.default));
  return [flag, `${spec.help}${fallback === undefined ? '' : ` (default: ${fallback})`}`];
}

/** `kms-contract <command> --help`: the summary, every option with its default, and examples. */
export function commandHelp(name: CommandName): string {
  const spec: CommandSpec = COMMANDS[name];
  const rows = [
    ...Object.entries(spec.options).map(([n, o]) => optionLine(n, o)),
    ['--help', 'this help'] as [string, string],
  ];
  const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
  return [
    `Usage: kms-contract ${name} [options]`,
    '',
    spec.summary,
    ...(spec.details ?? []),
    '',
    'Options:',
    ...rows.map(([flag, text]) => `  ${flag.padEnd(width)}${text}`),
    '',
    'Examples:',
    ...spec.examples.map((e) => `  ${e}`),
    '',
  ].join('\n');
}

export const USAGE = `kms-contract: the AWS KMS contract, a mock KMS, and a conformance runner

Usage: kms-contract <command> [options]

Commands:
${Object.entries(COMMANDS as Record<string, CommandSpec>)
  .map(([name, spec]) => `  ${name.padEnd(9)}${spec.summary}`)
  .join('\n')}

  kms-contract <command> --help   that command's options, defaults and examples
  kms-contract --version
`;

/** A mistake in the command line: one line on stderr and where to get help, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
