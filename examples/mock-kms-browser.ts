// The mock KMS in the browser: MSW's service worker answers every KMS endpoint, so the AWS SDK and
// the typed client run unchanged. Serve MSW's worker script once: `npx msw init public/`.
import { setupWorker } from 'msw/browser';
import { createKmsMock } from 'kms-contract/msw';

const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';

export const kms = createKmsMock({
  region: 'eu-west-1',
  seed: { keys: [{ id: KEY_ID }], aliases: [{ name: 'alias/app', targetKeyId: KEY_ID }] },
});
export const worker = setupWorker(...kms.handlers);

// Before the first KMS call: in vitest browser mode, in a setup file; in an app, before it mounts.
await worker.start({ onUnhandledRequest: 'error', quiet: true });
