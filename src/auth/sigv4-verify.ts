import { isKmsError, kmsError, type KmsError } from '../errors/index.js';
import type { Authenticate, WireRequest } from '../protocol/index.js';
import { parseAmzDate, skewMessage } from './amz-date.js';
import { parseAuthorization, type SigV4Authorization } from './authorization-header.js';
import { recomputeSignature, signedHeaderValues } from './recompute-signature.js';
import { hexSha256, timingSafeEqualText } from './request-parts.js';

/** What the verifier knows about one access key. */
export interface SigV4Secret {
  readonly secretAccessKey: string;
  /** When set, requests must carry exactly this `X-Amz-Security-Token`. */
  readonly sessionToken?: string;
}

export interface SigV4VerifierOptions {
  /** The secret of an access key id, or undefined for an unknown key. */
  readonly credentials: (
    accessKeyId: string,
  ) => SigV4Secret | undefined | Promise<SigV4Secret | undefined>;
  /** Signing name the credential scope must name; default `kms` (evidence `wire.json-1-1`). */
  readonly service?: string;
  /** When set, the credential scope must name one of these regions (or one the predicate accepts). */
  readonly region?: string | readonly string[] | ((region: string) => boolean);
  /** The server clock; default `Date.now`. */
  readonly now?: () => Date | number;
  /** Allowed distance between `X-Amz-Date` and the clock; default 15 minutes, as AWS. */
  readonly maxSkewMs?: number;
}

// Refusal texts as AWS words them (evidence `wire.client-error-400`).
const MISSING_TOKEN = 'Missing Authentication Token';
const INVALID_TOKEN = 'The security token included in the request is invalid.';
const MISMATCH =
  'The request signature we calculated does not match the signature you provided. ' +
  'Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';

/**
 * An {@link Authenticate} hook for the wire handler that checks AWS Signature Version 4.
 *
 * @example
 * createWireHandler({ operations, authenticate: createSigV4Verifier({ credentials: (id) => keys.get(id) }) });
 */
export function createSigV4Verifier(options: SigV4VerifierOptions): Authenticate {
  return (request) => verifySigV4(request, options);
}

/**
 * Verifies a request's `Authorization` header by recomputing the signature with
 * @smithy/signature-v4 over exactly the headers the client signed. Resolves to the refusal, named
 * as AWS names it (evidence `wire.client-error-400`), or undefined when the signature holds.
 */
export async function verifySigV4(
  request: WireRequest,
  options: SigV4VerifierOptions,
): Promise<KmsError | undefined> {
  const header = request.headers['authorization'];
  if (header === undefined) return kmsError('MissingAuthenticationTokenException', MISSING_TOKEN);
  const auth = parseAuthorization(header);
  if (isKmsError(auth)) return auth;

  const amzDate = request.headers['x-amz-date'];
  if (amzDate === undefined) {
    return kmsError(
      'IncompleteSignatureException',
      "Authorization header requires existence of a 'X-Amz-Date' header.",
    );
  }
  const signingDate = parseAmzDate(amzDate);
  if (signingDate === undefined) {
    return kmsError(
      'IncompleteSignatureException',
      "X-Amz-Date must be in ISO-8601 basic format, yyyyMMdd'T'HHmmss'Z'.",
    );
  }
  if (!auth.signedHeaders.includes('host')) {
    return kmsError(
      'IncompleteSignatureException',
      "'Host' must be a 'SignedHeader' in the AWS Authorization.",
    );
  }

  const secret = await options.credentials(auth.accessKeyId);
  if (secret === undefined) return kmsError('UnrecognizedClientException', INVALID_TOKEN);

  const scopeProblem = checkScope(auth, amzDate, options);
  if (scopeProblem !== undefined) return kmsError('InvalidSignatureException', scopeProblem);
  const now = new Date(options.now?.() ?? Date.now());
  const skew = skewMessage(signingDate, now, options.maxSkewMs ?? 15 * 60_000);
  if (skew !== undefined) return kmsError('InvalidSignatureException', skew);

  // The token may be signed or added after signing (suite case post-sts-header-after); either
  // way it must be the one issued with this key.
  const token = request.headers['x-amz-security-token'];
  if (!sameOptional(token, secret.sessionToken)) {
    return kmsError('UnrecognizedClientException', INVALID_TOKEN);
  }

  const signedHeaders = signedHeaderValues(request.headers, auth.signedHeaders);
  if (signedHeaders === undefined) return kmsError('InvalidSignatureException', MISMATCH);
  // The signer trusts this header as the payload hash, so it must match the body we received.
  const declaredHash = request.headers['x-amz-content-sha256'];
  if (
    declaredHash !== undefined &&
    declaredHash.toLowerCase() !== (await hexSha256(request.body))
  ) {
    return kmsError(
      'InvalidSignatureException',
      "The provided 'x-amz-content-sha256' header does not match what was computed.",
    );
  }

  const expected = await recomputeSignature(
    request,
    auth,
    signedHeaders,
    signingDate,
    secret.secretAccessKey,
  );
  return timingSafeEqualText(expected, auth.signature)
    ? undefined
    : kmsError('InvalidSignatureException', MISMATCH);
}

/** The credential scope must match the X-Amz-Date day, the service and any allowed region. */
function checkScope(
  auth: SigV4Authorization,
  amzDate: string,
  options: SigV4VerifierOptions,
): string | undefined {
  if (auth.scopeDate !== amzDate.slice(0, 8)) {
    return `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${auth.scopeDate}' != '${amzDate.slice(0, 8)}', from '${amzDate}'.`;
  }
  const service = options.service ?? 'kms';
  if (auth.service !== service) {
    return `Credential should be scoped to correct service: '${service}'.`;
  }
  const { region } = options;
  const allowed =
    region === undefined ||
    (typeof region === 'function'
      ? region(auth.region)
      : (typeof region === 'string' ? [region] : region).includes(auth.region));
  if (!allowed) {
    return 'Credential should be scoped to a valid region.';
  }
  return undefined;
}

function sameOptional(given: string | undefined, expected: string | undefined): boolean {
  if (given === undefined || expected === undefined) return given === expected;
  return timingSafeEqualText(expected, given);
}
