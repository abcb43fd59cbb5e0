import { kmsError, type KmsError } from '../errors/index.js';
import { AMZ_JSON_CONTENT_TYPE } from './wire-reply.js';

/**
 * application/json is accepted besides the AWS JSON type: hand-written requests (curl, fetch)
 * send it, and they deserve the operation's own ValidationException, not a transport refusal.
 */
const ACCEPTED_MEDIA_TYPES: ReadonlySet<string> = new Set([
  AMZ_JSON_CONTENT_TYPE,
  'application/json',
]);

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** 1 MiB: far above any valid KMS request (a 4096-byte plaintext is under 6 KB of JSON). */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/**
 * The refusal of a body over `limit` bytes, the same from every front door: a transport that can
 * stop reading early (node:http) sends it itself, the wire handler checks whatever body it is given.
 */
export function bodyTooLarge(limit: number): KmsError {
  return kmsError('RequestEntityTooLargeException', `Request body is larger than ${limit} bytes`);
}

/**
 * How deep a request body may nest. Every KMS request shape is at most three levels deep (the body;
 * a map, list or structure such as EncryptionContext, GrantTokens or Recipient; their scalars), so
 * 64 leaves unknown members ample room while staying far below the depth where code that walks a
 * value recursively (the engine's null stripping, JSON.stringify in validation messages) runs out
 * of stack: about 2,000 levels on Node 20's default stack, which a 1 MiB body can exceed 250-fold.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * Throws SerializationException for a content type we cannot read as JSON. A missing header is
 * accepted (a bare `curl -X POST` sends none); any other media type would be read by AWS as another
 * protocol, so the JSON inside would never be seen.
 */
export function checkContentType(contentType: string | undefined): void {
  if (contentType === undefined) return;
  const mediaType = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  if (ACCEPTED_MEDIA_TYPES.has(mediaType)) return;
  throw kmsError(
    'SerializationException',
    `Unsupported Content-Type '${truncate(mediaType)}': send ${AMZ_JSON_CONTENT_TYPE}`,
  );
}

/**
 * The request body as a JSON object. An empty body is `{}` (Smithy awsJson: a client may send
 * nothing for an input-less call, evidence `wire.json-1-1`). Not UTF-8, not JSON, or JSON that is not an
 * object → SerializationException (evidence `wire.client-error-400`).
 */
export function parseJsonObject(body: Uint8Array): Record<string, unknown> {
  if (body.length === 0) return {};
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    throw kmsError('SerializationException', 'Request body is not valid UTF-8');
  }
  // Checked before parsing, so a body of nothing but `[` never becomes a deep value at all.
  if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
    throw kmsError(
      'SerializationException',
      `Request body is nested more than ${MAX_JSON_DEPTH} levels deep`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw kmsError('SerializationException', 'Request body is not valid JSON');
  }
  if (!isJsonObject(value)) {
    throw kmsError(
      'SerializationException',
      `Request body must be a JSON object, not ${describe(value)}`,
    );
  }
  return value;
}

const QUOTE = 0x22; // "
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b; // [
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b; // {
const CLOSE_BRACE = 0x7d;

/**
 * Whether the brackets of JSON text (outside strings) open more than `limit` levels. One pass, no
 * allocation; on text that is not JSON the answer only decides which SerializationException it gets.
 */
function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === BACKSLASH) i++;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) {
      inString = true;
    } else if (code === OPEN_BRACKET || code === OPEN_BRACE) {
      if (++depth > limit) return true;
    } else if (code === CLOSE_BRACKET || code === CLOSE_BRACE) {
      depth--;
    }
  }
  return false;
}

function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

function truncate(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}...` : text;
}
