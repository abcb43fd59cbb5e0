import { TS_HEADER } from './header.mjs';

const PREFIX = '/#X-Amz-Target=';

/**
 * The spec's server URLs that vary by `{variable}`, as MSW patterns: every `{variable}` becomes
 * `*` (MSW's wildcard), so one pattern covers every region. Fixed servers (the local mock's
 * 127.0.0.1:4566) are left out: intercepting them by default would hide a running server.
 */
function endpointPatterns(spec) {
  const patterns = [];
  for (const server of spec.servers ?? []) {
    if (!/\{[^}]+\}/.test(server.url)) continue;
    const pattern = server.url.replace(/\{[^}]+\}/g, '*').replace(/\/?$/, '/');
    patterns.push(pattern);
  }
  if (patterns.length === 0) throw new Error('the spec has no server URL with a {region} variable');
  return patterns;
}

/** One line of JSDoc text: the operation's summary, without comment terminators or a dangling colon. */
function summaryOf(op) {
  return (op.summary ?? '').replace(/\*\//g, '*\\/').replace(/\s+/g, ' ').trim().replace(/:$/, '.');
}

function operationRows(spec) {
  return Object.entries(spec.paths).map(([path, item]) => {
    if (!path.startsWith(PREFIX)) throw new Error(`${path} is not a /#X-Amz-Target= path`);
    return {
      name: item.post.operationId,
      target: path.slice(PREFIX.length),
      summary: summaryOf(item.post),
    };
  });
}

/**
 * The MSW handler layer: one handler per endpoint host, handing every request to one function.
 * MSW drops the `#...` of a handler URL, so one handler per spec path would match every operation
 * alike; routing on `X-Amz-Target` is left to the wire handler behind, so a request is routed once.
 */
export function emitMswHandlers(spec) {
  const rows = operationRows(spec);
  const targets = rows
    .map((r) => `  /** ${r.summary} */\n  ${JSON.stringify(r.target)}: ${JSON.stringify(r.name)},`)
    .join('\n');
  return `${TS_HEADER}import { http, type HttpHandler } from 'msw';
import type { OperationName } from './operations.js';

/**
 * Every regional KMS endpoint as an MSW URL pattern: the spec's servers with \`{region}\` as \`*\`,
 * in each AWS partition.
 */
export const kmsEndpoints = ${JSON.stringify(endpointPatterns(spec), null, 2)} as const;

/** The operation each \`X-Amz-Target\` names. */
export const operationsByTarget = {
${targets}
} as const satisfies Record<string, OperationName>;

export interface KmsEndpointHandlersOptions {
  /**
   * Answers every request to a KMS endpoint, whatever its method and \`X-Amz-Target\`: routing,
   * including the UnknownOperationException for a missing or unknown target, is its job.
   */
  readonly handle: (request: Request) => Response | Promise<Response>;
  /** Base URLs served besides {@link kmsEndpoints}, e.g. \`http://127.0.0.1:4566/\`. */
  readonly baseUrls?: readonly string[];
}

/**
 * One MSW handler per endpoint (every regional KMS host, then each base URL), any method, path
 * \`/\`: every KMS call is \`POST /\` with the operation in \`X-Amz-Target\`.
 *
 * @example
 * const handlers = kmsEndpointHandlers({
 *   handle: async (request) => toResponse(await wire(await toWireRequest(request))),
 * });
 */
export function kmsEndpointHandlers(options: KmsEndpointHandlersOptions): HttpHandler[] {
  const resolve = ({ request }: { request: Request }): Response | Promise<Response> =>
    options.handle(request);
  return [...kmsEndpoints, ...(options.baseUrls ?? [])].map((url) => http.all(url, resolve));
}
`;
}
