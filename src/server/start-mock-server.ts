import { readFile } from 'node:fs/promises';
import type { SigV4Secret } from '../auth/index.js';
import { nodeAesGcm } from './node-aes-gcm.js';
import { scopeRegionOf } from '../auth/scope-region.js';
import {
  applySeed,
  createRegionalMemoryStore,
  formatSeedIssues,
  isRegionName,
  type RegionalKeyStore,
  type Seed,
} from '../keystore/index.js';
import { openFileStore } from '../keystore/file-store.js';
import { createKmsEngine, type KmsEngine } from '../mock/index.js';
import { wireOperations } from '../mock/wire-operations.js';
import type { WireLogger } from '../protocol/index.js';
import { startServer } from './http-server.js';

import { DEFAULT_CORS_ORIGINS, corsPolicy } from './cors.js';
import type { MockCredential } from './credentials-file.js';
import type { ServerLimits } from './limits.js';
import { packageVersion } from './package-version.js';
import type { Exchange } from './request-listener.js';

export type { MockCredential } from './credentials-file.js';

export interface MockServerOptions {
  /** Default 0 (a free port); the CLI defaults to 4566 like LocalStack. */
  port?: number;
  host?: string;
  /**
   * The Region of requests whose SigV4 credential scope names none (unsigned, or a malformed
   * Authorization header with `auth: 'none'`); every other request is served in its scope's
   * Region. Default `us-east-1`.
   */
  region?: string;
  account?: string;
  /** Keep keys, aliases and states here across restarts; in memory without it. */
  dataDir?: string;
  /** A seed document (parsed), or the path of a YAML/JSON seed file. */
  seed?: Seed | string;
  /** `none` (default) accepts any request, as LocalStack does; `sigv4` verifies signatures. */
  auth?: 'none' | 'sigv4';
  /** The access keys `sigv4` accepts. */
  credentials?: readonly MockCredential[];
  logger?: WireLogger;
  /**
   * Browser origins allowed to call (CORS): `*`, `scheme://host[:port]`, or `scheme://host:*` for
   * any port. Default: http(s)://localhost and 127.0.0.1 on any port; `[]` for no CORS at all.
   */
  cors?: readonly string[];
  /** Told of every reply sent (what `--log` prints). */
  onExchange?: (exchange: Exchange) => void;
  /** Capacity limits; each one left out keeps its default (`DEFAULT_LIMITS`). */
  limits?: Partial<Omit<ServerLimits, 'maxBodyBytes'>>;
}

/** What `GET /_kms/health` answers: enough for a container health check and a glance. */
export interface MockHealth {
  status: 'ok';
  version: string;
  /** The Regions that hold keys or aliases. */
  regions: string[];
  /** Keys in every Region. */
  keys: number;
  /** `memory`, or `data-dir` with `dataDir` set. */
  store: 'memory' | 'data-dir';
}

export interface MockServer {
  url: string;
  port: number;
  engine: KmsEngine;
  close(): Promise<void>;
}

class MockServerConfigError extends Error {
  override name = 'MockServerConfigError';
}

async function loadSeed(seed: Seed | string): Promise<Seed> {
  if (typeof seed !== 'string') return seed;
  const { parseSeedText } = await import('../keystore/seed-text.js');
  const parsed = parseSeedText(await readFile(seed, 'utf8'));
  if (!parsed.ok)
    throw new MockServerConfigError(
      `seed file ${seed} is not valid:\n${formatSeedIssues(parsed.issues)}`,
    );
  return parsed.seed;
}

/** The SigV4 verifier, loaded only when asked for: the signer is a third of start-up otherwise. */
async function authenticator(options: MockServerOptions) {
  if ((options.auth ?? 'none') === 'none') return undefined;
  const { createSigV4Verifier } = await import('../auth/index.js');
  const secrets = new Map<string, SigV4Secret>();
  for (const c of options.credentials ?? [])
    secrets.set(
      c.accessKeyId,
      c.sessionToken === undefined
        ? { secretAccessKey: c.secretAccessKey }
        : { secretAccessKey: c.secretAccessKey, sessionToken: c.sessionToken },
    );
  if (secrets.size === 0)
    throw new MockServerConfigError(
      '--auth sigv4 needs at least one access key (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or --credentials FILE)',
    );
  // The scope's region is signed (it is in the string to sign), so a request cannot be moved to
  // another Region after signing; a scope naming no Region is refused as AWS refuses it.
  return createSigV4Verifier({ credentials: (id) => secrets.get(id), region: isRegionName });
}

/**
 * Starts the mock KMS over HTTP: the library entry point behind `kms-contract serve`, and what a
 * vitest global setup calls to get a URL.
 *
 * @example
 * const kms = await startMockServer();            // 127.0.0.1, a free port, keys in memory
 * process.env.KMS_ENDPOINT = kms.url;
 * // ... tests ...
 * await kms.close();
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const origins = options.cors ?? DEFAULT_CORS_ORIGINS;
  // Checked before anything is opened: a bad origin pattern is a configuration error.
  const cors = origins.length > 0 ? corsPolicy(origins) : undefined;
  if (options.region !== undefined && !isRegionName(options.region))
    throw new MockServerConfigError(
      `region ${options.region} is not a region name (us-east-1, ...)`,
    );
  const authenticate = await authenticator(options);
  const fileStore =
    options.dataDir === undefined
      ? undefined
      : await openFileStore(options.dataDir, options.region ? { region: options.region } : {});
  const store: RegionalKeyStore = fileStore ?? createRegionalMemoryStore();
  try {
    if (options.seed !== undefined) {
      const applied = await applySeed(
        store,
        await loadSeed(options.seed),
        options.region ? { region: options.region } : {},
      );
      if (!applied.ok)
        throw new MockServerConfigError(
          `the seed does not fit the stored keys:\n${formatSeedIssues(applied.issues)}`,
        );
    }
    const engine = createKmsEngine({
      store,
      // Same AES-256-GCM as in browsers, through node:crypto: a third of WebCrypto's cost per call.
      aesGcm: nodeAesGcm,
      ...(options.region ? { region: options.region } : {}),
      ...(options.account ? { account: options.account } : {}),
    });
    const health = async (): Promise<MockHealth> => {
      const regions = await store.regions();
      const counts = await Promise.all(
        regions.map(async (region) => (await store.region(region).listKeys()).length),
      );
      return {
        status: 'ok',
        version: await packageVersion(),
        regions,
        keys: counts.reduce((sum, n) => sum + n, 0),
        store: fileStore ? 'data-dir' : 'memory',
      };
    };
    const server = await startServer({
      operations: wireOperations(engine),
      regionOf: scopeRegionOf,
      health: async () => ({ ...(await health()) }),
      ...(cors ? { cors } : {}),
      ...(options.onExchange ? { onExchange: options.onExchange } : {}),
      ...(options.limits ? { limits: options.limits } : {}),
      ...(authenticate ? { authenticate } : {}),
      ...(options.port !== undefined ? { port: options.port } : {}),
      ...(options.host !== undefined ? { host: options.host } : {}),
      ...(options.logger ? { logger: options.logger } : {}),
    });
    return {
      url: server.url,
      port: server.port,
      engine,
      async close() {
        await server.close();
        await fileStore?.close();
      },
    };
  } catch (error) {
    await fileStore?.close();
    throw error;
  }
}

export { MockServerConfigError };
