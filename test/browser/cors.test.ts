// `serve` called from a page on another origin in a real browser (Debian's Chromium, headless):
// the typed client and @aws-sdk/client-kms go through CORS preflights to a mock on another port,
// and a mock whose --cors leaves the page's origin out is blocked by the browser itself.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../src/server/start-mock-server.js';
import { buildPage } from './page/build.js';
import { servePage, type PageServer } from './page/serve.js';

const CHROMIUM = '/usr/bin/chromium';
const missing = !existsSync(CHROMIUM);

describe.skipIf(missing)('CORS in Chromium (headless)', () => {
  let browser: Browser;
  let page: PageServer;
  let allowed: MockServer;
  let refused: MockServer;

  beforeAll(async () => {
    [page, allowed, refused] = await Promise.all([
      buildPage('test/browser/page/cors.ts').then(servePage),
      // The default origins: localhost and 127.0.0.1 pages on any port, this page among them.
      startMockServer(),
      startMockServer({ cors: ['https://app.example.com'] }),
    ]);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([page?.close(), allowed?.close(), refused?.close()]);
  });

  it('calls serve on another origin with the typed client and the AWS SDK', async () => {
    const tab = await browser.newPage();
    const console: string[] = [];
    tab.on('console', (message) => console.push(`${message.type()}: ${message.text()}`));
    tab.on('pageerror', (error) => console.push(`pageerror: ${error.message}`));
    const query = new URLSearchParams({ allowed: allowed.url, refused: refused.url });
    await tab.goto(`${page.url}?${query.toString()}`);
    await tab.waitForFunction(() => 'kmsResult' in window, undefined, { timeout: 30_000 });
    const result = await tab.evaluate(() => window.kmsResult);
    expect({ ok: result.ok, failure: result.failure }, console.join('\n')).toEqual({
      ok: true,
      failure: undefined,
    });
    expect(result.checks).toEqual([
      'the mock is on another origin than the page',
      'typed client: GenerateDataKey gives a 32-byte key',
      'typed client: Decrypt gives the key back',
      'typed client: an error reply is read as its class',
      'AWS SDK: GenerateDataKey gives a 24-byte key',
      'AWS SDK: the request id header is exposed to the page',
      "AWS SDK: Decrypt opens the typed client's data key",
      'a mock whose --cors leaves this origin out is blocked by the browser',
    ]);
    // The browser said why it blocked the last call.
    expect(console.join('\n')).toContain('CORS');
    await tab.close();
  });
});

describe.skipIf(!missing)('CORS without Chromium', () => {
  it.skip(`skipped: ${CHROMIUM} is missing (apt-get install chromium; .ci/run installs it)`, () =>
    undefined);
});
