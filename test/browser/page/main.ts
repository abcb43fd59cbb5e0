// The page the browser test loads: the README's browser example starts the MSW worker, then
// GenerateDataKey → Decrypt runs with the typed client and with @aws-sdk/client-kms, Sign is checked
// offline with WebCrypto and GenerateMac → VerifyMac, and the page itself asserts each round trip. The result lands on `window.kmsResult` for the test to read.
import {
  CreateKeyCommand,
  DecryptCommand,
  DisabledException,
  GenerateDataKeyCommand,
  KMSClient,
  KMSInvalidMacException,
  SignCommand,
  VerifyCommand,
  VerifyMacCommand,
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

  await signatures(client, sdk);
  await macs(client, sdk);
}

/** Sign in the mock, verify offline with the browser's own WebCrypto, and through Verify. */
async function signatures(
  client: ReturnType<typeof createKmsClient>,
  sdk: KMSClient,
): Promise<void> {
  const message = new TextEncoder().encode('signed in the browser');
  const rsa = await client.createKey({ KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' });
  const KeyId = rsa.KeyMetadata?.KeyId ?? '';
  const signed = await client.sign({
    KeyId,
    Message: message,
    SigningAlgorithm: 'RSASSA_PSS_SHA_256',
  });
  const { PublicKey } = await client.getPublicKey({ KeyId });
  const publicKey = await crypto.subtle.importKey(
    'spki',
    PublicKey ?? new Uint8Array(),
    { name: 'RSA-PSS', hash: 'SHA-256' },
    false,
    ['verify'],
  );
  const offline = await crypto.subtle.verify(
    { name: 'RSA-PSS', saltLength: 32 },
    publicKey,
    signed.Signature ?? new Uint8Array(),
    message,
  );
  check(offline, 'typed client: an RSA-PSS signature verifies offline with WebCrypto');

  const k1 = await sdk.send(
    new CreateKeyCommand({ KeySpec: 'ECC_SECG_P256K1', KeyUsage: 'SIGN_VERIFY' }),
  );
  const k1Signed = await sdk.send(
    new SignCommand({
      KeyId: k1.KeyMetadata?.KeyId,
      Message: message,
      SigningAlgorithm: 'ECDSA_SHA_256',
    }),
  );
  const k1Verified = await sdk.send(
    new VerifyCommand({
      KeyId: k1.KeyMetadata?.KeyId,
      Message: message,
      Signature: k1Signed.Signature,
      SigningAlgorithm: 'ECDSA_SHA_256',
    }),
  );
  check(
    k1Verified.SignatureValid === true,
    'AWS SDK: a secp256k1 signature verifies through Verify',
  );
}

/** GenerateMac then VerifyMac (HMAC-SHA-224 runs on @noble/hashes), and a flipped bit fails. */
async function macs(client: ReturnType<typeof createKmsClient>, sdk: KMSClient): Promise<void> {
  const message = new TextEncoder().encode('authenticated in the browser');
  const created = await client.createKey({ KeySpec: 'HMAC_224', KeyUsage: 'GENERATE_VERIFY_MAC' });
  const KeyId = created.KeyMetadata?.KeyId ?? '';
  const { Mac } = await client.generateMac({
    KeyId,
    Message: message,
    MacAlgorithm: 'HMAC_SHA_224',
  });
  check(Mac?.length === 28, 'typed client: GenerateMac gives a 28-byte HMAC-SHA-224');
  const verified = await sdk.send(
    new VerifyMacCommand({ KeyId, Message: message, Mac, MacAlgorithm: 'HMAC_SHA_224' }),
  );
  check(verified.MacValid === true, 'AWS SDK: VerifyMac accepts the MAC');
  const flipped = Uint8Array.from(Mac ?? [], (byte, i) => (i === 0 ? byte ^ 1 : byte));
  const refused = await sdk
    .send(
      new VerifyMacCommand({ KeyId, Message: message, Mac: flipped, MacAlgorithm: 'HMAC_SHA_224' }),
    )
    .catch((e: unknown) => e);
  check(
    refused instanceof KMSInvalidMacException,
    'AWS SDK: a flipped bit is KMSInvalidMacException',
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
