/**
 * CORS for `serve`, so a page on another origin (a dev server on localhost:5173, say) can call the
 * mock with the AWS SDK or the typed client. Browsers send a preflight for every KMS call: it is a
 * POST with `X-Amz-Target`, `Authorization` and a non-form content type (Fetch standard, "CORS-
 * preflight request").
 */

/** Local pages on any port: what a developer's browser runs, and nothing a remote site can be. */
export const DEFAULT_CORS_ORIGINS: readonly string[] = [
  'http://localhost:*',
  'https://localhost:*',
  'http://127.0.0.1:*',
  'https://127.0.0.1:*',
];

/** Response headers a page may read: the request id is how a KMS reply is traced. */
const EXPOSED_HEADERS = 'x-amzn-RequestId';

/** How long a browser may cache a preflight answer, in seconds. */
const PREFLIGHT_MAX_AGE = '600';

const ORIGIN_PATTERN = /^(https?):\/\/([a-z0-9.-]+|\[[0-9a-f:.]+\])(?::(\d{1,5}|\*))?$/i;

export interface CorsPolicy {
  /** The patterns as given, for messages (`*`, or origins with an optional `:*` port). */
  readonly origins: readonly string[];
  /** Whether a page of this origin may call. */
  allows(origin: string): boolean;
  /** Headers for a reply to a request from `origin` (none when it is not allowed). */
  headersFor(origin: string | undefined): Record<string, string>;
  /** Headers of the answer to an allowed preflight. */
  preflightHeaders(origin: string, requestedHeaders: string | undefined): Record<string, string>;
}

/** Thrown for an origin pattern that is not `*`, `scheme://host` or `scheme://host:port|*`. */
export class CorsOriginError extends Error {
  override name = 'CorsOriginError';
}

type Matcher = (origin: string) => boolean;

function matcher(pattern: string): Matcher {
  if (pattern === '*') return () => true;
  const parts = ORIGIN_PATTERN.exec(pattern);
  if (!parts)
    throw new CorsOriginError(
      `not an origin: ${pattern} (use scheme://host, scheme://host:port, scheme://host:* or *)`,
    );
  const [, scheme = '', host = '', port] = parts;
  const prefix = `${scheme}://${host}`.toLowerCase();
  if (port === '*') {
    // Digits only after the colon: `http://localhost:5173.evil.test` is another host.
    const anyPort = new RegExp(`^${prefix.replace(/[.[\]]/g, '\\$&')}(?::\\d{1,5})?$`);
    return (origin) => anyPort.test(origin);
  }
  const exact = port === undefined ? prefix : `${prefix}:${port}`;
  return (origin) => origin === exact;
}

/** Header names as a browser lists them: tokens only, so nothing else is echoed back. */
function headerList(requested: string | undefined): string {
  return (requested ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => /^[!#$%&'*+.^_`|~0-9a-z-]+$/.test(name))
    .join(', ');
}

/**
 * The policy for a list of origin patterns: `*` allows every origin; `http://localhost:*` any port
 * of that host; `https://app.example.com` that origin only.
 *
 * @example
 * const cors = corsPolicy(['http://localhost:*']);
 * cors.allows('http://localhost:5173'); // true
 */
export function corsPolicy(patterns: readonly string[]): CorsPolicy {
  const matchers = patterns.map(matcher);
  const any = patterns.includes('*');
  const allows = (origin: string): boolean => {
    const lower = origin.toLowerCase();
    return matchers.some((match) => match(lower));
  };
  const allowOrigin = (origin: string): Record<string, string> => ({
    // `*` is sent as `*` only when asked for; otherwise the one origin, and caches keyed on it.
    'access-control-allow-origin': any ? '*' : origin,
    ...(any ? {} : { vary: 'Origin' }),
  });
  return {
    origins: [...patterns],
    allows,
    headersFor(origin) {
      if (origin === undefined || !allows(origin)) return {};
      return { ...allowOrigin(origin), 'access-control-expose-headers': EXPOSED_HEADERS };
    },
    preflightHeaders(origin, requestedHeaders) {
      const headers = headerList(requestedHeaders);
      return {
        ...allowOrigin(origin),
        'access-control-allow-methods': 'POST, GET',
        ...(headers === '' ? {} : { 'access-control-allow-headers': headers }),
        'access-control-max-age': PREFLIGHT_MAX_AGE,
      };
    },
  };
}
