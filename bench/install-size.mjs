// Install footprint: what `npm i -D kms-contract` brings into a fresh project, measured from the
// packed tarball (`npm pack`), beside the packages a user of the mock already has (msw and
// @aws-sdk/client-kms at the versions this repository tests). Packages are the entries npm writes
// to node_modules/.package-lock.json; size is the disk space node_modules takes (as `du` counts it:
// allocated blocks, directories included), with the files' own bytes beside it.
// `node bench/install-size.mjs`, and `npm run bench`. Needs the npm registry (or its cache).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, lstatSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));

/** The targets of issue 11 (MiB, as `du -h` counts). */
export const TARGET = { packages: 80, megabytes: 45 };

/** The exact version this repository installs of a package (its lockfile), for a fair comparison. */
function locked(name) {
  const entry = lock.packages[`node_modules/${name}`];
  if (!entry) throw new Error(`${name} is not in package-lock.json`);
  return `${name}@${entry.version}`;
}

function npm(args, cwd) {
  return execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function sizeOf(dir, total = { bytes: 0, disk: lstatSync(dir).blocks * 512 }) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = lstatSync(path);
    total.disk += stat.blocks * 512;
    if (stat.isDirectory()) sizeOf(path, total);
    else total.bytes += stat.size;
  }
  return total;
}

/** Packs this checkout (built: `npm run build` first) into `dir`; returns the tarball's path. */
export function pack(dir) {
  const out = npm(['pack', '--silent', '--ignore-scripts', '--pack-destination', dir], root);
  return join(dir, out.trim().split('\n').pop());
}

/** Installs `specs` as devDependencies of a new project; returns its package count and size. */
export function footprint(specs) {
  const dir = mkdtempSync(join(tmpdir(), 'kms-contract-install-'));
  try {
    writeFileSync(join(dir, 'package.json'), '{ "name": "probe", "private": true }\n');
    npm(['install', '-D', '--no-audit', '--no-fund', '--prefer-offline', ...specs], dir);
    const installed = JSON.parse(
      readFileSync(join(dir, 'node_modules/.package-lock.json'), 'utf8'),
    );
    const packages = Object.keys(installed.packages).filter((k) => k.includes('node_modules/'));
    return { packages: packages.length, ...sizeOf(join(dir, 'node_modules')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function measureInstall() {
  const work = mkdtempSync(join(tmpdir(), 'kms-contract-pack-'));
  try {
    const tarball = pack(work);
    const peers = [locked('msw'), locked('@aws-sdk/client-kms')];
    return {
      tarball: lstatSync(tarball).size,
      alone: footprint([tarball]),
      peers: footprint(peers),
      together: footprint([tarball, ...peers]),
      peerSpecs: peers,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const line = (label, f) =>
  `  ${label.padEnd(56)} ${String(f.packages).padStart(4)} packages ${mb(f.disk).padStart(9)} on disk (${mb(f.bytes)} in files)`;

export async function reportInstall() {
  const m = await measureInstall();
  console.log(
    `\ninstall footprint of ${manifest.name}@${manifest.version} (tarball ${mb(m.tarball)})`,
  );
  console.log(line('npm i -D kms-contract', m.alone));
  console.log(line(`npm i -D ${m.peerSpecs.join(' ')}`, m.peers));
  console.log(line('both together', m.together));
  console.log(
    `  kms-contract alone / target: ${(m.alone.packages / TARGET.packages).toFixed(2)} of ${TARGET.packages} packages, ${(m.alone.disk / 2 ** 20 / TARGET.megabytes).toFixed(2)} of ${TARGET.megabytes} MiB  [<= 1 each]`,
  );
  console.log(
    `  added beside msw + client-kms: ${m.together.packages - m.peers.packages} packages, ${mb(m.together.disk - m.peers.disk)} on disk`,
  );
  return m;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await reportInstall();
