// The baseline page: MSW's worker with no handlers, so the mock page's figure minus this one is
// what kms-contract/msw adds on top of msw.
import { setupWorker } from 'msw/browser';

const worker = setupWorker();
await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
