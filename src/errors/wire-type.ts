/**
 * Reading an error's name and message off the wire, the way AWS SDKs do for AWS JSON 1.1
 * (evidence `wire.error-envelope`). Returns the bare name even when it is not one of ours: an unknown name is
 * still the best description of what the endpoint said.
 */

/** Response headers as a fetch `Headers` or a plain record (any name case). */
export type HeaderSource =
  Pick<Headers, 'get'> | Readonly<Record<string, string | readonly string[] | undefined>>;

const ERROR_TYPE_HEADER = 'x-amzn-errortype';

/**
 * Reduces a raw type to the bare shape name: cut at the first `:` (Coral appends a namespace URL),
 * then keep what follows the first `#` (a Smithy shape id). A `,` first cuts a header that arrived
 * twice and was joined.
 *
 * @example
 * sanitizeErrorType('com.amazon.coral.service#UnknownOperationException') // 'UnknownOperationException'
 */
export function sanitizeErrorType(raw: string): string | undefined {
  let value = raw;
  for (const cut of [',', ':']) {
    const at = value.indexOf(cut);
    if (at >= 0) value = value.slice(0, at);
  }
  const hash = value.indexOf('#');
  if (hash >= 0) value = value.slice(hash + 1);
  value = value.trim();
  return value === '' ? undefined : value;
}

/**
 * The error name of a response: body `__type`, then body `code`, then header `x-amzn-ErrorType`
 * (evidence `wire.error-envelope`); the first that sanitizes to a non-empty name wins.
 */
export function errorTypeFrom({
  body,
  headers,
}: {
  body?: unknown;
  headers?: HeaderSource;
}): string | undefined {
  const candidates = [memberOf(body, '__type'), memberOf(body, 'code'), headerOf(headers)];
  for (const candidate of candidates) {
    const name = candidate === undefined ? undefined : sanitizeErrorType(candidate);
    if (name !== undefined) return name;
  }
  return undefined;
}

/** The error message of a body: `message`, else capital `Message` (AccessDeniedException, §2). */
export function errorMessageFrom(body: unknown): string | undefined {
  return memberOf(body, 'message') ?? memberOf(body, 'Message');
}

function memberOf(body: unknown, key: string): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const value: unknown = Object.hasOwn(body, key) ? Reflect.get(body, key) : undefined;
  return typeof value === 'string' ? value : undefined;
}

function headerOf(headers: HeaderSource | undefined): string | undefined {
  if (headers === undefined) return undefined;
  if (isFetchHeaders(headers)) return headers.get(ERROR_TYPE_HEADER) ?? undefined;
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() !== ERROR_TYPE_HEADER || value === undefined) continue;
    return typeof value === 'string' ? value : value.join(',');
  }
  return undefined;
}

function isFetchHeaders(headers: HeaderSource): headers is Pick<Headers, 'get'> {
  return typeof (headers as { get?: unknown }).get === 'function';
}
