// The command line's help and usage errors, from the built bin as users run it.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMMANDS, type CommandName } from '../../src/cli/usage.js';
import {
  PEERS,
  explainMissingPeer,
  installCommand,
  MissingPeerError,
} from '../../src/exports/peers.js';

const bin = fileURLToPath(new URL('../../bin/kms-contract.js', import.meta.url));
const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const names = Object.keys(COMMANDS) as CommandName[];

describe('kms-contract <command> --help', () => {
  it.each(names)('%s: every option, its default, and an example', (name) => {
    const { code, stdout } = cli(name, '--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Usage: kms-contract ${name} \\[options\\]`));
    for (const [option, spec] of Object.entries(COMMANDS[name].options)) {
      const line = stdout
        .split('\n')
        .find((l) => l.trimStart().startsWith(`--${option} `) || l.trim() === `--${option}`);
      expect(line, option).toBeDefined();
      const shown =
        'shows' in spec
          ? spec.shows
          : 'default' in spec && spec.type === 'string'
            ? spec.default
            : undefined;
      if (shown !== undefined) expect(line, option).toContain(`(default: ${String(shown)})`);
    }
    expect(stdout).toMatch(/\nExamples:\n {2}kms-contract /);
  });

  it('the overview lists each command and says where the options are', () => {
    const { code, stdout } = cli('--help');
    expect(code).toBe(0);
    for (const name of names) expect(stdout).toMatch(new RegExp(`^ {2}${name} +\\S`, 'm'));
    expect(stdout).toContain('kms-contract <command> --help');
  });

  it('help <command> is the same as <command> --help', () => {
    expect(cli('help', 'serve').stdout).toBe(cli('serve', '--help').stdout);
  });
});

describe('usage errors', () => {
  it.each([
    [
      ['serve', '--bogus'],
      "kms-contract serve: Unknown option '--bogus' (kms-contract serve --help lists the options)",
    ],
    [
      ['serve', '--port'],
      "kms-contract serve: Option '--port <value>' argument missing (kms-contract serve --help lists the options)",
    ],
    [
      ['serve', '--port', 'x'],
      'kms-contract serve: not a port: x (kms-contract serve --help lists the options)',
    ],
    [
      ['conform', 'extra'],
      "kms-contract conform: Unexpected argument 'extra' (kms-contract conform --help lists the options)",
    ],
    [
      ['conform', '--endpoint', 'nope'],
      'kms-contract conform: --endpoint is not a URL: nope (kms-contract conform --help lists the options)',
    ],
    [['nope'], "kms-contract: unknown command 'nope' (kms-contract --help lists the commands)"],
  ])('%j: one line, exit code 2', (args, line) => {
    const { code, stdout, stderr } = cli(...args);
    expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: '', stderr: `${line}\n` });
  });
});

describe('optional peers', () => {
  const manifest = JSON.parse(
    readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
  ) as {
    peerDependencies: Record<string, string>;
    peerDependenciesMeta: Record<string, { optional?: boolean }>;
  };

  it('name the ranges package.json declares, all optional', () => {
    const declared = Object.assign({}, ...Object.values(PEERS).map((p) => p.packages)) as Record<
      string,
      string
    >;
    expect(declared).toEqual(manifest.peerDependencies);
    for (const name of Object.keys(declared))
      expect(manifest.peerDependenciesMeta[name]?.optional).toBe(true);
  });

  it('turn a missing package into the command that installs it, and leave other errors alone', () => {
    const missing = Object.assign(new Error("Cannot find package 'msw' imported from /x.js"), {
      code: 'ERR_MODULE_NOT_FOUND',
    });
    const explained = explainMissingPeer('msw', missing);
    expect(explained).toBeInstanceOf(MissingPeerError);
    expect((explained as Error).message).toBe(
      `kms-contract/msw needs msw (an optional peer dependency, not installed): ${installCommand('msw')}`,
    );
    const other = Object.assign(new Error("Cannot find package 'yaml'"), {
      code: 'ERR_MODULE_NOT_FOUND',
    });
    expect(explainMissingPeer('msw', other)).toBe(other);
    const bug = new TypeError('x is not a function');
    expect(explainMissingPeer('prism', bug)).toBe(bug);
  });
});
