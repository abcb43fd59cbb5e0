// The page of the CORS test, on its own origin: it calls a `serve` on another origin (given as
// `?allowed=`) with the typed client and with @aws-sdk/client-kms, and one started with origins that
// leave this page out (`?refused=`), where the browser itself must block the call. The page asserts;
// the result lands on `window.kmsResult`.
import { DecryptCommand, GenerateDataKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { createKmsClient, KmsError } from 'kms-contract/client';

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
const REQUEST_ID = /^[0-9a-f-]{36}$/;

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

async function run(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const allowed = params.get('allowed') ?? '';
  const refused = params.get('refused') ?? '';
  check(new URL(allowed).origin !== location.origin, 'the mock is on another origin than the page');

  const client = createKmsClient({ region: 'us-east-1', credentials, endpoint: allowed });
  const { KeyMetadata } = await client.createKey({});
  const keyId = KeyMetadata?.KeyId ?? '';
  const made = await client.generateDataKey({ KeyId: keyId, KeySpec: 'AES_256' });
  check(made.Plaintext?.length === 32, 'typed client: GenerateDataKey gives a 32-byte key');
  const opened = await client.decrypt({ CiphertextBlob: made.CiphertextBlob ?? new Uint8Array() });
  check(sameBytes(opened.Plaintext, made.Plaintext), 'typed client: Decrypt gives the key back');
  const missing = await client
    .describeKey({ KeyId: '0b9d1a9e-7f0c-4d6e-9a55-6f1e2d3c4b5a' })
    .catch((e: unknown) => e);
  check(
    missing instanceof KmsError && missing.name === 'NotFoundException',
    'typed client: an error reply is read as its class',
  );

  const sdk = new KMSClient({
    region: 'us-east-1',
    endpoint: allowed,
    credentials,
    maxAttempts: 1,
  });
  const sdkMade = await sdk.send(new GenerateDataKeyCommand({ KeyId: keyId, NumberOfBytes: 24 }));
  check(sdkMade.Plaintext?.length === 24, 'AWS SDK: GenerateDataKey gives a 24-byte key');
  check(
    REQUEST_ID.test(sdkMade.$metadata.requestId ?? ''),
    'AWS SDK: the request id header is exposed to the page',
  );
  const sdkOpened = await sdk.send(new DecryptCommand({ CiphertextBlob: made.CiphertextBlob }));
  check(
    sameBytes(sdkOpened.Plaintext, made.Plaintext),
    "AWS SDK: Decrypt opens the typed client's data key",
  );

  const blocked = createKmsClient({ region: 'us-east-1', credentials, endpoint: refused });
  const error = await blocked.generateRandom({ NumberOfBytes: 8 }).catch((e: unknown) => e);
  check(
    error instanceof TypeError && !(error instanceof KmsError),
    'a mock whose --cors leaves this origin out is blocked by the browser',
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
