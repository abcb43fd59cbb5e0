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
 * The MSW handler layer: one handler per endpoint host that dispatches on `X-Amz-Target` to a
 * resolver per operation. MSW drops the `#...` of a handler URL, so one handler per spec path
 * would match every operation alike (tooling-findings §4).
 */
export function emitMswHandlers(spec) {
  const rows = operationRows(spec);
  const targets = Object.fromEntries(rows.map((r) => [r.target, r.name]));
  const members = rows
    .map(
      (r) =>
        `  /** \`${r.target}\`: ${r.summary} */\n  readonly ${r.name}?: KmsOperationResolver<'${r.name}'>;`,
    )
    .join('\n');
  const cases = rows
    .map(
      (r) =>
        `    case '${r.target}':\n      return resolvers.${r.name}?.({ operation: '${r.name}', request });`,
    )
    .join('\n');
  return `${TS_HEADER}import { http, type HttpHandler } from 'msw';
import type { OperationName } from './operations.js';

/**
 * Every regional KMS endpoint as an MSW URL pattern: the spec's servers with \`{region}\` as \`*\`,
 * in each AWS partition.
 */
export const kmsEndpoints = ${JSON.stringify(endpointPatterns(spec), null, 2)} as const;

/** The operation each \`X-Amz-Target\` names. */
export const operationsByTarget = ${JSON.stringify(targets, null, 2)} as const satisfies Record<string, OperationName>;

/** What one operation's resolver is given. */
export interface KmsResolverInfo<Op extends OperationName> {
  /** The operation \`X-Amz-Target\` names. */
  readonly operation: Op;
  /** A copy of the intercepted request: reading its body leaves the original to \`fallback\`. */
  readonly request: Request;
}

/** One operation's resolver: a response, or undefined to leave the request to \`fallback\`. */
export type KmsOperationResolver<Op extends OperationName> = (
  info: KmsResolverInfo<Op>,
) => Response | undefined | Promise<Response | undefined>;

/** A resolver per operation of the spec; operations without one go to \`fallback\`. */
export interface KmsOperationResolvers {
${members}
}

export interface KmsEndpointHandlersOptions {
  readonly resolvers: KmsOperationResolvers;
  /** Answers every request no resolver answered: no or an unknown \`X-Amz-Target\`, or a resolver that returned undefined. */
  readonly fallback: (request: Request) => Response | Promise<Response>;
  /** Base URLs served besides {@link kmsEndpoints}, e.g. \`http://127.0.0.1:4566/\`. */
  readonly baseUrls?: readonly string[];
}

/**
 * One MSW handler per endpoint (every regional KMS host, then each base URL), any method, path
 * \`/\`: every KMS call is \`POST /\` with the operation in \`X-Amz-Target\`.
 *
 * @example
 * const handlers = kmsEndpointHandlers({
 *   resolvers: { GenerateRandom: () => HttpResponse.json({ Plaintext: 'AAAA' }) },
 *   fallback: () => HttpResponse.json({ __type: 'UnknownOperationException' }, { status: 400 }),
 * });
 */
export function kmsEndpointHandlers(options: KmsEndpointHandlersOptions): HttpHandler[] {
  const resolve = async ({ request }: { request: Request }): Promise<Response> =>
    (await resolveOperation(options.resolvers, request.clone())) ?? options.fallback(request);
  return [...kmsEndpoints, ...(options.baseUrls ?? [])].map((url) => http.all(url, resolve));
}

function resolveOperation(
  resolvers: KmsOperationResolvers,
  request: Request,
): Response | undefined | Promise<Response | undefined> {
  switch (request.headers.get('x-amz-target')) {
${cases}
    default:
      return undefined;
  }
}
`;
}
