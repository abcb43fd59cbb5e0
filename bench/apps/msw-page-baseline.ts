// The baseline page: MSW's worker with one request handler of its own, so the mock page's figure
// minus this one is what kms-contract/msw adds on top of msw (msw's handler API is msw's).
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';

const worker = setupWorker(http.post('https://example.com/', () => HttpResponse.json({})));
await worker.start({ onUnhandledRequest: 'error', quiet: true });
