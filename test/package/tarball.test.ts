// The package as a user installs it: `npm pack`, then the tarball installed into a new project
// (from the npm cache where it can, the registry otherwise), used from ESM, from require(), from
// Jest's ESM mode (the README's recipe), from TypeScript (moduleResolution node16 and bundler) and
// from the command line; then, with msw and Prism absent, what the package says to install.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installCommand } from '../../src/exports/peers.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const here = fileURLToPath(new URL('./consumer/', import.meta.url));
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version: string }>;
};
const locked = (name: string) => `${name}@${lock.packages[`node_modules/${name}`]?.version}`;
const tsc = join(root, 'node_modules/typescript/bin/tsc');

let dir = '';
let files: string[] = [];

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(command, args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120_000,
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kms-contract-consumer-'));
  // --ignore-scripts: dist/ is what `npm ci` (prepare) built; packing must not rebuild it mid-suite.
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
      cwd: root,
      encoding: 'utf8',
    }),
  ) as Array<{ filename: string; files: Array<{ path: string }> }>;
  const tarball = join(dir, packed[0]?.filename ?? '');
  files = packed[0]?.files.map((f) => f.path) ?? [];
  writeFileSync(
    join(dir, 'package.json'),
    '{ "name": "consumer", "private": true, "type": "module" }\n',
  );
  execFileSync(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--ignore-scripts',
      tarball,
      locked('msw'),
      locked('@types/node'),
    ],
    { cwd: dir, encoding: 'utf8', stdio: 'pipe', timeout: 240_000 },
  );
  for (const file of ['esm.mjs', 'cjs.cjs', 'typed.ts'])
    copyFileSync(join(here, file), join(dir, file));
  for (const file of ['jest.config.mjs', 'kms.test.mjs'])
    copyFileSync(join(root, 'examples/jest', file), join(dir, file));
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  it('ships the build, the spec and the README; no sources, source maps or raw generated/*.ts', () => {
    expect(files).toContain('dist/src/index.js');
    expect(files).toContain('generated/kms.openapi.json');
    expect(files).toContain('spec/kms.openapi.yaml');
    expect(files).toContain('README.md');
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(files.filter((f) => /^(src|test|generated)\/.*\.ts$/.test(f))).toEqual([]);
  });

  it('installs without msw or Prism: both are optional peers', () => {
    const installed = JSON.parse(
      readFileSync(join(dir, 'node_modules/.package-lock.json'), 'utf8'),
    ) as { packages: Record<string, unknown> };
    const names = Object.keys(installed.packages);
    expect(names.filter((n) => n.includes('@stoplight/'))).toEqual([]);
    expect(names).not.toContain('node_modules/ajv');
  });

  it('works from an ES module', () => {
    expect(run('node', ['esm.mjs'])).toEqual({ code: 0, out: 'esm ok\n' });
  }, 60_000);

  it('works from require()', () => {
    expect(run('node', ['cjs.cjs'])).toEqual({ code: 0, out: 'cjs ok\n' });
  }, 60_000);

  it("runs the README's Jest recipe (ESM mode)", () => {
    const jest = join(root, 'node_modules/jest/bin/jest.js');
    const result = run('node', [
      '--experimental-vm-modules',
      jest,
      '--config',
      join(dir, 'jest.config.mjs'),
      '--rootDir',
      dir,
      '--ci',
    ]);
    expect(result.out).toMatch(/Tests: +1 passed, 1 total/);
    expect(result.code).toBe(0);
  }, 120_000);

  it.each([
    ['node16', { module: 'node16', moduleResolution: 'node16' }],
    ['bundler', { module: 'esnext', moduleResolution: 'bundler' }],
  ])(
    'type-checks in TypeScript with moduleResolution %s',
    (_name, options) => {
      const config = {
        compilerOptions: {
          ...options,
          target: 'es2022',
          strict: true,
          skipLibCheck: false,
          noEmit: true,
          lib: ['es2023', 'dom'],
          types: ['node'],
        },
        files: ['typed.ts'],
      };
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(config));
      expect(run('node', [tsc, '-p', 'tsconfig.json'])).toEqual({ code: 0, out: '' });
    },
    120_000,
  );

  it('runs `npx kms-contract --help` and a command help', () => {
    const top = run('npx', ['--no-install', 'kms-contract', '--help']);
    expect(top.code).toBe(0);
    expect(top.out).toMatch(/kms-contract <command> --help/);
    const serve = run('npx', ['--no-install', 'kms-contract', 'serve', '--help']);
    expect(serve.out).toMatch(/--port PORT\s+port to listen on .*\(default: 4566\)/);
  }, 60_000);

  it('says what to install when msw or Prism is missing', () => {
    const msw = join(dir, 'node_modules/msw');
    renameSync(msw, `${msw}.away`);
    try {
      const esm = run('node', ['--input-type=module', '-e', "await import('kms-contract/msw')"]);
      expect(esm.code).not.toBe(0);
      expect(esm.out).toContain(`kms-contract/msw needs msw`);
      expect(esm.out).toContain(installCommand('msw'));
      const cjs = run('node', ['-e', "require('kms-contract/msw')"]);
      expect(cjs.out).toContain(installCommand('msw'));
    } finally {
      renameSync(`${msw}.away`, msw);
    }
    const prism = run('npx', ['--no-install', 'kms-contract', 'prism', '--port', '0']);
    expect(prism.code).toBe(2);
    expect(prism.out).toContain(installCommand('prism'));
  }, 60_000);
});
