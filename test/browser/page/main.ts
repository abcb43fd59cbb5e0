// The page the browser test loads: the README's browser example starts the MSW worker, then
// GenerateDataKey → Decrypt runs with the typed client and with @aws-sdk/client-kms, and the page
// itself asserts each round trip. The result lands on `window.kmsResult` for the test to read.
import {
  DecryptCommand,
  DisabledException,
  GenerateDataKeyCommand,
  KMSClient,
} from '@aws-sdk/client-kms';
import { createKmsClient, KMSInternalException } from 'kms-contract/client';
import { kms } from '../../../examples/mock-kms-browser.js';

interface PageResult {
  ok: boolean;
  checks: string[];
  failure?: string;
}

declare global {
  interface Window {
    kmsResult: Promise<PageResult>;
  }
}

const credentials = { accessKeyId: 'AKIDBROWSER', secretAccessKey: 'browser-secret' };
const checks: string[] = [];

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`failed: ${what}`);
  checks.push(what);
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  return (
    a !== undefined &&
    b !== undefined &&
    a.length > 0 &&
    a.length === b.length &&
    a.every((byte, i) => byte === b[i])
  );
}

/** True when the page's Content-Security-Policy refuses eval (`new Function`). */
function evalRefused(): boolean {
  try {
    new Function('return 1')();
    return false;
  } catch (error) {
    return error instanceof EvalError;
  }
}

async function run(): Promise<void> {
  check(evalRefused(), "the page's CSP (script-src 'self') refuses eval");
  check(navigator.serviceWorker.controller !== null, 'the MSW service worker controls the page');

  const client = createKmsClient({ region: 'eu-west-1', credentials });
  const made = await client.generateDataKey({
    KeyId: 'alias/app',
    KeySpec: 'AES_256',
    EncryptionContext: { page: 'test' },
  });
  check(made.Plaintext?.length === 32, 'typed client: GenerateDataKey gives a 32-byte key');
  const opened = await client.decrypt({
    CiphertextBlob: made.CiphertextBlob ?? new Uint8Array(),
    EncryptionContext: { page: 'test' },
  });
  check(
    sameBytes(opened.Plaintext, made.Plaintext),
    'typed client: Decrypt gives the same key back',
  );

  const sdk = new KMSClient({ region: 'eu-west-1', credentials, maxAttempts: 1 });
  const sdkMade = await sdk.send(
    new GenerateDataKeyCommand({ KeyId: 'alias/app', NumberOfBytes: 24 }),
  );
  check(sdkMade.Plaintext?.length === 24, 'AWS SDK: GenerateDataKey gives a 24-byte key');
  const sdkOpened = await sdk.send(new DecryptCommand({ CiphertextBlob: sdkMade.CiphertextBlob }));
  check(
    sameBytes(sdkOpened.Plaintext, sdkMade.Plaintext),
    'AWS SDK: Decrypt gives the same key back',
  );

  const crossed = await sdk.send(
    new DecryptCommand({
      CiphertextBlob: made.CiphertextBlob,
      EncryptionContext: { page: 'test' },
    }),
  );
  check(
    sameBytes(crossed.Plaintext, made.Plaintext),
    "AWS SDK: Decrypt opens the typed client's data key",
  );

  kms.failNext('Decrypt', 'DisabledException', 'disabled for the test');
  const sdkError = await sdk
    .send(new DecryptCommand({ CiphertextBlob: sdkMade.CiphertextBlob }))
    .catch((e: unknown) => e);
  check(
    sdkError instanceof DisabledException,
    "AWS SDK: a planned DisabledException is the SDK's own class",
  );
  kms.failNext('Decrypt', 'KMSInternalException');
  const clientError = await client
    .decrypt({ CiphertextBlob: made.CiphertextBlob ?? new Uint8Array() })
    .catch((e: unknown) => e);
  check(
    clientError instanceof KMSInternalException,
    'typed client: a planned KMSInternalException is its class',
  );

  check(
    kms.calls('GenerateDataKey').length === 2 && kms.calls('Decrypt').length === 5,
    'the mock recorded every call',
  );
}

window.kmsResult = run().then(
  () => ({ ok: true, checks }),
  (error: unknown) => ({
    ok: false,
    checks,
    failure: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error),
  }),
);
