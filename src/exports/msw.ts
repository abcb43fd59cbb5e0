/**
 * `kms-contract/msw` in Node (ESM): the mock as MSW handlers, from the msw the project installed (a
 * peer dependency, so the handlers match the consumer's `setupServer`). Loaded through a dynamic
 * import so that without msw the import fails with what to install, not a bare resolution error.
 * Browsers and bundlers get src/msw/index.ts directly (package.json `exports`).
 */
import { explainMissingPeer } from './peers.js';

const msw = await import('../msw/index.js').catch((error: unknown) => {
  throw explainMissingPeer('msw', error);
});

export const {
  createKmsMock,
  kmsHandlers,
  KmsSeedError,
  kmsEndpointHandlers,
  kmsEndpoints,
  operationsByTarget,
  kmsError,
  KmsError,
} = msw;
