// A real browser: Debian's Chromium, headless, loads a page bundled from the package sources and
// served with `Content-Security-Policy: script-src 'self'` (no eval). It registers MSW's service
// worker with the mock KMS handlers, then runs GenerateDataKey → Decrypt with the typed client and
// with @aws-sdk/client-kms. The page asserts; this test reads its verdict.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPage } from './page/build.js';
import { servePage, type PageServer } from './page/serve.js';

const CHROMIUM = '/usr/bin/chromium';
const missing = !existsSync(CHROMIUM);

describe.skipIf(missing)('in Chromium (headless)', () => {
  let browser: Browser;
  let server: PageServer;

  beforeAll(async () => {
    server = await servePage(await buildPage());
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('round-trips data keys, signatures and MACs through the MSW worker with the typed client and the AWS SDK, under a CSP without eval', async () => {
    const page = await browser.newPage();
    const console: string[] = [];
    page.on('console', (message) => console.push(`${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => console.push(`pageerror: ${error.message}`));
    await page.goto(server.url);
    await page.waitForFunction(() => 'kmsResult' in window, undefined, { timeout: 30_000 });
    const result = await page.evaluate(() => window.kmsResult);
    // The page's own failure (which check, with its stack) and its console explain a red test.
    expect({ ok: result.ok, failure: result.failure }, console.join('\n')).toEqual({
      ok: true,
      failure: undefined,
    });
    expect(result.checks).toEqual([
      "the page's CSP (script-src 'self') refuses eval",
      'the MSW service worker controls the page',
      'typed client: GenerateDataKey gives a 32-byte key',
      'typed client: Decrypt gives the same key back',
      'AWS SDK: GenerateDataKey gives a 24-byte key',
      'AWS SDK: Decrypt gives the same key back',
      "AWS SDK: Decrypt opens the typed client's data key",
      "AWS SDK: a planned DisabledException is the SDK's own class",
      'typed client: a planned KMSInternalException is its class',
      'the mock recorded every call',
      'typed client: an RSA-PSS signature verifies offline with WebCrypto',
      'AWS SDK: a secp256k1 signature verifies through Verify',
      'typed client: GenerateMac gives a 28-byte HMAC-SHA-224',
      'AWS SDK: VerifyMac accepts the MAC',
      'AWS SDK: a flipped bit is KMSInvalidMacException',
    ]);
    await page.close();
  });
});

describe.skipIf(!missing)('without Chromium', () => {
  it.skip(`skipped: ${CHROMIUM} is missing (apt-get install chromium; .ci/run installs it)`, () =>
    undefined);
});
