import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { WebCryptoSha256 } from './web-sha256.js';

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string | undefined;
}

export interface SignInput {
  url: URL;
  headers: Record<string, string>;
  body: string;
  region: string;
  credentials: Credentials;
  /** Defaults to now; fixed in tests and in the conformance runner's stale-date probe. */
  signingDate?: Date;
}

/**
 * Signs a KMS request with SigV4 (signing name `kms`, evidence `wire.json-1-1`) using the Smithy signer the AWS
 * SDK itself uses, hashing with WebCrypto, and returns the headers to send (the input headers plus
 * Authorization, X-Amz-Date, X-Amz-Content-Sha256 and, for temporary credentials,
 * X-Amz-Security-Token). Runs in Node 20+ and in browsers (secure contexts: WebCrypto).
 *
 * @example
 * const headers = await signHeaders({ url, headers: { 'x-amz-target': target }, body, region, credentials });
 */
export async function signHeaders(input: SignInput): Promise<Record<string, string>> {
  const { accessKeyId, secretAccessKey, sessionToken } = input.credentials;
  const credentials =
    sessionToken === undefined
      ? { accessKeyId, secretAccessKey }
      : { accessKeyId, secretAccessKey, sessionToken };
  const signer = new SignatureV4({
    service: 'kms',
    region: input.region,
    credentials,
    sha256: WebCryptoSha256,
    applyChecksum: true,
  });
  const request = new HttpRequest({
    method: 'POST',
    protocol: input.url.protocol,
    hostname: input.url.hostname,
    ...(input.url.port ? { port: Number(input.url.port) } : {}),
    path: input.url.pathname || '/',
    headers: { ...input.headers, host: input.url.host },
    body: input.body,
  });
  const signed = await signer.sign(
    request,
    input.signingDate ? { signingDate: input.signingDate } : {},
  );
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(signed.headers)) {
    // fetch sets Host itself and refuses to be told.
    if (name.toLowerCase() !== 'host') headers[name] = value;
  }
  return headers;
}
