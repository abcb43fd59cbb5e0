import { kmsError, type KmsError } from '../errors/index.js';

/** The parts of `Authorization: AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…`. */
export interface SigV4Authorization {
  readonly accessKeyId: string;
  /** `yyyymmdd` of the credential scope. */
  readonly scopeDate: string;
  readonly region: string;
  readonly service: string;
  /** Lower-case header names, in the order given. */
  readonly signedHeaders: readonly string[];
  readonly signature: string;
}

export const SIGV4_ALGORITHM = 'AWS4-HMAC-SHA256';
const REQUIRED = ['Credential', 'SignedHeaders', 'Signature'] as const;

/**
 * Parses a SigV4 `Authorization` header. Anything malformed (another algorithm, a missing or
 * repeated parameter, a credential that is not `AKID/date/region/service/aws4_request`) is an
 * IncompleteSignatureException (evidence `wire.client-error-400`). A repeated parameter is refused rather than
 * resolved, so no two readers of one header can disagree about what was signed.
 */
export function parseAuthorization(header: string): SigV4Authorization | KmsError {
  const trimmed = header.trim();
  const space = trimmed.indexOf(' ');
  const algorithm = space < 0 ? trimmed : trimmed.slice(0, space);
  if (algorithm !== SIGV4_ALGORITHM) {
    return incomplete(`Unsupported Authorization algorithm: use ${SIGV4_ALGORITHM}`);
  }
  const params = new Map<string, string>();
  for (const part of trimmed.slice(algorithm.length).split(',')) {
    const item = part.trim();
    const eq = item.indexOf('=');
    if (item === '') continue;
    if (eq <= 0) return incomplete(`Authorization parameter without a value: '${cut(item)}'`);
    const key = item.slice(0, eq);
    if (params.has(key)) return incomplete(`Authorization parameter '${cut(key)}' is repeated`);
    params.set(key, item.slice(eq + 1));
  }
  const missing = REQUIRED.filter((key) => !params.get(key));
  if (missing.length > 0) {
    return incomplete(
      missing.map((key) => `Authorization header requires '${key}' parameter.`).join(' '),
    );
  }
  const credential = (params.get('Credential') ?? '').split('/');
  const [accessKeyId, scopeDate, region, service, terminator] = credential;
  if (credential.length !== 5 || !accessKeyId || !scopeDate || !region || !service) {
    return incomplete(
      "Credential must have the form 'AccessKeyId/yyyymmdd/region/service/aws4_request'",
    );
  }
  if (terminator !== 'aws4_request') {
    return incomplete("Credential should be scoped with a valid terminator: 'aws4_request'");
  }
  const signedHeaders = (params.get('SignedHeaders') ?? '').split(';').map((h) => h.toLowerCase());
  if (signedHeaders.some((name) => name === '')) {
    return incomplete('SignedHeaders must be a ;-separated list of header names');
  }
  return {
    accessKeyId,
    scopeDate,
    region,
    service,
    signedHeaders,
    signature: params.get('Signature') ?? '',
  };
}

function incomplete(message: string): KmsError {
  return kmsError('IncompleteSignatureException', message);
}

function cut(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}...` : text;
}
