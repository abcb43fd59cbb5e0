import { STATUS_CODES } from 'node:http';
import { kmsError } from '../errors/index.js';
import { errorReply, type WireResponse } from '../protocol/index.js';

/**
 * Replies for requests that never reach the wire handler because the transport could not read
 * them, or would not hold them. Each is a short AWS-style `{__type, message}` body, so an SDK
 * reports a named error instead of a bare status or a reset connection. A request node could not
 * parse is a SerializationException, as one whose body is not JSON: the request could not be
 * read. The HTTP status says why (400, 408, 431), for proxies and for clients that read only it.
 */

const PARSER_REASONS: Readonly<Record<string, string>> = {
  HPE_INVALID_METHOD: 'bad request line',
  HPE_INVALID_URL: 'bad request line',
  HPE_INVALID_VERSION: 'bad request line',
  HPE_INVALID_CONSTANT: 'bad request line',
  HPE_UNEXPECTED_CONTENT_LENGTH: 'duplicate or conflicting Content-Length',
  HPE_INVALID_CONTENT_LENGTH: 'bad Content-Length',
  HPE_INVALID_CHUNK_SIZE: 'bad chunked encoding',
  HPE_INVALID_TRANSFER_ENCODING: 'bad Transfer-Encoding',
  HPE_INVALID_HEADER_TOKEN: 'bad header line',
  HPE_LF_EXPECTED: 'bad line ending',
  HPE_CR_EXPECTED: 'bad line ending',
};

/** The reply to a request node's HTTP parser refused (the `clientError` event's error code). */
export function clientErrorReply(
  code: string | undefined,
  requestId: string,
  limits: { readonly requestTimeoutMs: number; readonly maxHeaderBytes: number },
): WireResponse {
  if (code === 'HPE_HEADER_OVERFLOW')
    return withStatus(
      431,
      'SerializationException',
      `Request headers are larger than ${limits.maxHeaderBytes} bytes`,
      requestId,
    );
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT')
    return withStatus(
      408,
      'SerializationException',
      `The request was not received within ${limits.requestTimeoutMs} ms`,
      requestId,
    );
  const reason = (code !== undefined && PARSER_REASONS[code]) || 'the request could not be parsed';
  return withStatus(400, 'SerializationException', `Malformed HTTP request: ${reason}`, requestId);
}

/** More header lines than the server reads: refused whole rather than read in part. */
export function tooManyHeadersReply(limit: number, requestId: string): WireResponse {
  return withStatus(
    431,
    'SerializationException',
    `Request has more than ${limit} header lines`,
    requestId,
  );
}

/** The server is at a capacity limit; ThrottlingException tells an SDK to back off and retry. */
export function throttledReply(reason: string, requestId: string): WireResponse {
  return errorReply(kmsError('ThrottlingException', `Rate exceeded: ${reason}`), requestId);
}

function withStatus(
  status: number,
  type: 'SerializationException',
  message: string,
  requestId: string,
): WireResponse {
  return { ...errorReply(kmsError(type, message), requestId), status };
}

/** A reply as raw HTTP/1.1 bytes, for a socket whose request node never handed over. */
export function rawHttpResponse(reply: WireResponse): string {
  const headers = {
    ...reply.headers,
    'content-length': String(Buffer.byteLength(reply.body)),
    connection: 'close',
  };
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return `HTTP/1.1 ${reply.status} ${STATUS_CODES[reply.status] ?? ''}\r\n${lines.join('\r\n')}\r\n\r\n${reply.body}`;
}
