import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import type { WireRequest } from '../protocol/index.js';
import type { SigV4Authorization } from './authorization-header.js';
import { parseRequestTarget } from './request-parts.js';

/**
 * The values of the headers the client signed, or undefined when one is missing from the request.
 * Names come from the client, so only own properties count: `__proto__` is just an absent header.
 */
export function signedHeaderValues(
  headers: Readonly<Record<string, string>>,
  names: readonly string[],
): Record<string, string> | undefined {
  const values: [string, string][] = [];
  for (const name of names) {
    const value = Object.hasOwn(headers, name) ? headers[name] : undefined;
    if (value === undefined) return undefined;
    values.push([name, value]);
  }
  return Object.fromEntries(values);
}

/**
 * Signs the request again with @smithy/signature-v4, as the client's SDK did: the scope's region
 * and service, the X-Amz-Date instant, and exactly the signed headers. Returns the hex signature.
 */
export async function recomputeSignature(
  request: WireRequest,
  auth: SigV4Authorization,
  signedHeaders: Record<string, string>,
  signingDate: Date,
  secretAccessKey: string,
): Promise<string> {
  const { path, query } = parseRequestTarget(request.path);
  const signer = new SignatureV4({
    // No session token here: the signer would add and sign the header itself, while the client
    // may have left it unsigned. A signed token is among `signedHeaders` like any other header.
    credentials: { accessKeyId: auth.accessKeyId, secretAccessKey },
    region: auth.region,
    service: auth.service,
    sha256: Sha256,
    // The payload hash comes from x-amz-content-sha256 when signed, else from the body.
    applyChecksum: false,
  });
  const signed = await signer.sign(
    new HttpRequest({
      method: request.method,
      path,
      query,
      headers: signedHeaders,
      body: request.body,
    }),
    {
      signingDate,
      // Force every header the client signed, even those the signer skips by default
      // (user-agent, …), and keep X-Amz-Date out when the client left it out.
      signableHeaders: new Set(auth.signedHeaders),
      ...(auth.signedHeaders.includes('x-amz-date')
        ? {}
        : { unsignableHeaders: new Set(['x-amz-date']) }),
    },
  );
  const authorization = signed.headers['authorization'] ?? '';
  return /Signature=([0-9a-f]+)$/.exec(authorization)?.[1] ?? '';
}
