import type { HttpHandler } from 'msw';
import { kmsEndpointHandlers } from '../../generated/msw-handlers.js';
import type { OperationName } from '../../generated/operations.js';
import {
  applySeed,
  createRegionalMemoryStore,
  formatSeedIssues,
  type Seed,
} from '../keystore/index.js';
import { createKmsEngine, type KmsEngine } from '../mock/index.js';
import { createWireHandler } from '../protocol/index.js';
import { baseUrlPattern } from './base-urls.js';
import { CallLog } from './call-log.js';
import { Controls } from './controls.js';
import { mockOperations } from './operation-table.js';
import { mswRegionOf } from './request-region.js';
import { checkedSeed, KmsSeedError } from './seed.js';
import type { KmsMock, KmsMockOptions } from './types.js';
import { toResponse, toWireRequest } from './wire-bridge.js';

/** A fresh engine on fresh in-memory stores, with the seed applied (each key in its Region). */
async function seededEngine(options: KmsMockOptions, seed: Seed | undefined): Promise<KmsEngine> {
  const store = createRegionalMemoryStore();
  if (seed) {
    const applied = await applySeed(
      store,
      seed,
      options.region !== undefined ? { region: options.region } : {},
    );
    // The seed was validated up front; what is left is a private key that is not of its key spec
    // (checked with the key-pair code, which loads only now): reset() and requests report it.
    if (!applied.ok)
      throw new KmsSeedError(
        `The KMS mock seed could not be applied:\n${formatSeedIssues(applied.issues)}`,
      );
  }
  return createKmsEngine({
    store,
    ...(options.region !== undefined ? { region: options.region } : {}),
    ...(options.account !== undefined ? { account: options.account } : {}),
  });
}

/**
 * A stateful mock KMS for MSW: real AES-256-GCM data keys, the spec's validation and errors, keys
 * in memory. Its handlers serve every regional endpoint (`https://kms.<region>.amazonaws.com/`, and
 * `.amazonaws.com.cn`) plus `baseUrls`, in Node (`setupServer`) and in browsers (`setupWorker`).
 * Keys are regional as in KMS: a request to `kms.eu-west-1.amazonaws.com` sees the keys of
 * eu-west-1 only; at a base URL, the Region is the one the request is signed for, else `region`.
 * The AWS SDK's own HTTP path runs: signing, headers, serialization and error parsing are real.
 *
 * @example
 * const kms = createKmsMock({ seed: { keys: [{ id: '1234abcd-12ab-34cd-56ef-1234567890ab' }] } });
 * const server = setupServer(...kms.handlers);
 * beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
 * afterEach(() => kms.reset());
 * afterAll(() => server.close());
 *
 * it('retries a failed Decrypt', async () => {
 *   kms.failNext('Decrypt', 'KMSInternalException');
 *   await decryptWithRetry(blob);
 *   expect(kms.calls('Decrypt')).toHaveLength(2);
 * });
 */
export function createKmsMock(options: KmsMockOptions = {}): KmsMock {
  const seed = checkedSeed(options.seed);
  const start = (): Promise<KmsEngine> => {
    const started = seededEngine(options, seed);
    // A failure surfaces in the request (as KMSInternalException) or in reset(), not as an unhandled rejection.
    started.catch(() => undefined);
    return started;
  };
  const controls = new Controls();
  const log = new CallLog();
  let engine = start();

  const wire = createWireHandler({
    operations: mockOperations(() => engine, controls, log),
    regionOf: mswRegionOf,
    ...(options.logger ? { logger: options.logger } : {}),
  });
  // Every request goes to the one wire handler: it routes on X-Amz-Target (once) and owns routing
  // errors (UnknownOperationException), JSON parsing and the error format, as the HTTP server does.
  const handlers = kmsEndpointHandlers({
    handle: async (request) => toResponse(await wire(await toWireRequest(request))),
    baseUrls: (options.baseUrls ?? []).map(baseUrlPattern),
  });

  return {
    handlers,
    use: (operation, resolver, useOptions = {}) =>
      controls.use(operation, resolver, useOptions.once ?? false),
    failNext: (operation, error, message) => controls.failNext(operation, error, message),
    failAlways: (operation, error, message) => controls.failAlways(operation, error, message),
    calls: ((operation?: OperationName) =>
      operation === undefined ? log.all() : log.of(operation)) as KmsMock['calls'],
    async reset() {
      controls.clear();
      log.clear();
      engine = start();
      await engine;
    },
  };
}

/**
 * The handlers of a new {@link createKmsMock}, for tests that need no controls.
 *
 * @example
 * const server = setupServer(...kmsHandlers({ region: 'eu-west-1' }));
 * // browser: await setupWorker(...kmsHandlers()).start({ onUnhandledRequest: 'error' });
 */
export function kmsHandlers(options: KmsMockOptions = {}): HttpHandler[] {
  return [...createKmsMock(options).handlers];
}
