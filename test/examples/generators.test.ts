// The README's code-generator recipes, run as a user would: each generator writes its client from
// the shipped spec (node_modules/kms-contract/spec/kms.openapi.yaml), the recipe is bundled with
// that client and run against `kms-contract serve`, and GenerateDataKey → Decrypt must round-trip.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = (path: string) => join(root, 'node_modules', path);
let dir = '';
let serve: ChildProcess | undefined;
let endpoint = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kms-contract-generators-'));
  serve = spawn(process.execPath, [join(root, 'bin/kms-contract.js'), 'serve', '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  endpoint = await new Promise<string>((resolve, reject) => {
    let out = '';
    serve?.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /listening on (http:\/\/\S+?)\/? /.exec(out)?.[1];
      if (url) resolve(url);
    });
    serve?.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
  });
}, 60_000);

afterAll(() => {
  serve?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A project folder where node_modules/kms-contract is this package, with the recipe in src/. */
function project(name: string, files: Record<string, string>): string {
  const at = join(dir, name);
  mkdirSync(join(at, 'node_modules'), { recursive: true });
  mkdirSync(join(at, 'src'));
  symlinkSync(root, join(at, 'node_modules/kms-contract'), 'dir');
  for (const [from, to] of Object.entries(files)) copyFileSync(join(root, from), join(at, to));
  return at;
}

function generate(cwd: string, command: string[]) {
  const result = spawnSync(process.execPath, command, { cwd, encoding: 'utf8', timeout: 120_000 });
  expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
}

/** Bundles the recipe with its generated client (esbuild, as a user's build would) and runs it. */
async function runRecipe(cwd: string, entry: string): Promise<string> {
  await build({
    absWorkingDir: cwd,
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: join(cwd, 'out.mjs'),
    nodePaths: [join(root, 'node_modules')],
    logLevel: 'silent',
  });
  const result = spawnSync(process.execPath, [join(cwd, 'out.mjs')], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, KMS_ENDPOINT: endpoint },
    timeout: 60_000,
  });
  return `${result.stdout}${result.stderr}`.trim();
}

const SPEC = 'node_modules/kms-contract/spec/kms.openapi.yaml';

describe('code generators against kms-contract serve', () => {
  it('openapi-typescript + openapi-fetch', async () => {
    const at = project('openapi-fetch', { 'examples/generators/openapi-fetch.ts': 'src/main.ts' });
    generate(at, [bin('openapi-typescript/bin/cli.js'), SPEC, '-o', 'src/kms.d.ts']);
    expect(await runRecipe(at, 'src/main.ts')).toBe('round trip ok');
  }, 120_000);

  it('@hey-api/openapi-ts', async () => {
    const at = project('hey-api', { 'examples/generators/hey-api.ts': 'src/main.ts' });
    generate(at, [
      bin('@hey-api/openapi-ts/bin/run.js'),
      '-i',
      SPEC,
      '-o',
      'src/kms',
      '-c',
      '@hey-api/client-fetch',
    ]);
    expect(await runRecipe(at, 'src/main.ts')).toBe('round trip ok');
  }, 120_000);

  it('orval', async () => {
    const at = project('orval', {
      'examples/generators/orval.config.cjs': 'orval.config.cjs',
      'examples/generators/orval.ts': 'src/main.ts',
    });
    const result = spawnSync(
      process.execPath,
      [bin('orval/dist/bin/orval.js'), '--config', 'orval.config.cjs'],
      {
        cwd: at,
        encoding: 'utf8',
        env: { ...process.env, KMS_ENDPOINT: endpoint },
        timeout: 120_000,
      },
    );
    expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
    expect(await runRecipe(at, 'src/main.ts')).toBe('round trip ok');
  }, 120_000);
});
