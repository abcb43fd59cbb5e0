import { HttpResponse } from 'msw';
import type { WireRequest, WireResponse } from '../protocol/index.js';

/**
 * An intercepted fetch request as the transport-neutral wire handler reads it, with the `host`
 * header the request would carry on the wire (fetch keeps it out of `Headers`): the host says
 * which Region an AWS endpoint serves.
 */
export async function toWireRequest(request: Request): Promise<WireRequest> {
  const url = new URL(request.url);
  const headers: Record<string, string> = { host: url.host };
  // Headers iterates lower-case names, repeated values already joined.
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  return {
    method: request.method,
    path: url.pathname + url.search,
    headers,
    body: new Uint8Array(await request.arrayBuffer()),
  };
}

/** A wire reply as the response MSW hands to the intercepted client. */
export function toResponse(reply: WireResponse): Response {
  return new HttpResponse(reply.body, { status: reply.status, headers: reply.headers });
}
