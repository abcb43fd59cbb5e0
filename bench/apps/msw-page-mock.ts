// A page that sets up the mock KMS: MSW's worker with the kms-contract/msw handlers.
import { setupWorker } from 'msw/browser';
import { createKmsMock } from 'kms-contract/msw';

const kms = createKmsMock({ region: 'eu-west-1', seed: { keys: [{ id: 'k1' }] } });
const worker = setupWorker(...kms.handlers);
await worker.start({ onUnhandledRequest: 'error', quiet: true });
