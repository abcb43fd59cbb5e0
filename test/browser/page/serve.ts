import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import type { PageFiles } from './build.js';

/** MSW's worker script from the installed msw, so its version always matches the library's. */
const workerPath = createRequire(import.meta.url).resolve('msw/mockServiceWorker.js');

const PAGE =
  '<!doctype html><meta charset="utf-8"><title>kms-contract browser test</title><script type="module" src="/main.js"></script>';

/** The Content-Security-Policy every response carries. */
export const CSP = "script-src 'self'";

export interface PageServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves the test page on 127.0.0.1 (a secure context, as service workers and WebCrypto need):
 * `/` the page, `/main.js` the bundle and its chunks beside it, `/mockServiceWorker.js` at the root
 * so its scope is the page, each with `Content-Security-Policy: script-src 'self'` (no `unsafe-eval`).
 */
export async function servePage(bundle: PageFiles): Promise<PageServer> {
  const worker = await readFile(workerPath, 'utf8');
  const files: Record<string, [string, string]> = {
    '/': ['text/html; charset=utf-8', PAGE],
    ...Object.fromEntries(
      Object.entries(bundle).map(([path, code]) => [
        path,
        ['text/javascript; charset=utf-8', code] as [string, string],
      ]),
    ),
    '/mockServiceWorker.js': ['text/javascript; charset=utf-8', worker],
  };
  const server = createServer((request, response) => {
    const file = files[new URL(request.url ?? '/', 'http://127.0.0.1').pathname];
    if (!file) {
      // No favicon: an empty answer keeps a 404 out of the page console the test reports.
      response.writeHead(request.url === '/favicon.ico' ? 204 : 404).end();
      return;
    }
    response
      .writeHead(200, {
        'content-type': file[0],
        'cache-control': 'no-store',
        // A strict policy: scripts only from this origin, no eval. The mock's validators are
        // compiled ahead of time, so nothing needs `new Function` (the page checks eval is refused).
        'content-security-policy': CSP,
      })
      .end(file[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
