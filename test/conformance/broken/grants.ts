/**
 * Deliberately broken targets for the grants checks: each imitates a mistake an emulator of
 * CreateGrant, ListGrants, RetireGrant, RevokeGrant or grant tokens makes (or could make); the
 * catalogue test names the checks each one must fail.
 */
import {
  bodyOf,
  operationOf,
  requestBodyOf,
  withBody,
  withRequestBody,
  type Mutation,
} from '../harness.js';
import { errorAsSuccess, failure, success } from './replies.js';

/** Answers `operation` with an empty success and never lets the mock run it. */
function pretend(operation: string): Mutation {
  return async (request, next) =>
    operationOf(request) === operation ? success({}) : next(request);
}

/** Operations whose GrantTokens the mock reads (the ones declaring InvalidGrantTokenException). */
const TAKES_TOKENS = new Set(['Encrypt', 'Decrypt', 'GenerateDataKey']);

export const brokenTargets = {
  /** Lists a grant's KeyId as the bare key id instead of the key ARN. */
  'listed-key-id-bare': () => async (request, next) => {
    const reply = await next(request);
    if (reply.status !== 200 || operationOf(request) !== 'ListGrants') return reply;
    const body = bodyOf(reply);
    const grants = (body.Grants as Array<Record<string, unknown>>).map((g) => ({
      ...g,
      KeyId: String(g.KeyId).replace(/^arn:.*:key\//, ''),
    }));
    return withBody(reply, { ...body, Grants: grants });
  },
  /** Ignores the GrantId filter of ListGrants. */
  'grant-id-filter-ignored': () => (request, next) => {
    const body = requestBodyOf(request);
    if (operationOf(request) !== 'ListGrants' || body.GrantId === undefined) return next(request);
    const { GrantId: _id, ...rest } = body;
    return next(withRequestBody(request, rest));
  },
  /** Refuses every grant token, its own fresh ones too. */
  'tokens-refused': () => async (request, next) => {
    const body = requestBodyOf(request);
    const tokens = body.GrantTokens;
    if (!TAKES_TOKENS.has(operationOf(request) ?? '') || !Array.isArray(tokens) || !tokens.length)
      return next(request);
    return failure('InvalidGrantTokenException', 'Grant token is invalid.');
  },
  /** Reads no grant token at all: any string passes, a retired grant's too. */
  'tokens-unchecked': () => (request, next) => {
    const body = requestBodyOf(request);
    if (!TAKES_TOKENS.has(operationOf(request) ?? '') || body.GrantTokens === undefined)
      return next(request);
    const { GrantTokens: _tokens, ...rest } = body;
    return next(withRequestBody(request, rest));
  },
  /** Answers RevokeGrant with success and deletes nothing. */
  'revoke-does-nothing': () => pretend('RevokeGrant'),
  /** Answers RetireGrant with success and deletes nothing. */
  'retire-does-nothing': () => pretend('RetireGrant'),
  /** Retires by token only: RetireGrant by KeyId and GrantId answers success and deletes nothing. */
  'retire-by-id-ignored': () => async (request, next) =>
    operationOf(request) === 'RetireGrant' && requestBodyOf(request).GrantToken === undefined
      ? success({})
      : next(request),
  /** Drops Name: every CreateGrant makes a new grant, and none is listed with its name. */
  'name-ignored': () => (request, next) => {
    const body = requestBodyOf(request);
    if (operationOf(request) !== 'CreateGrant' || body.Name === undefined) return next(request);
    const { Name: _name, ...rest } = body;
    return next(withRequestBody(request, rest));
  },
  /** Answers a named retry with the token it gave first, not a new one. */
  'retry-same-token': () => {
    const first = new Map<string, string>();
    return async (request, next) => {
      const reply = await next(request);
      if (reply.status !== 200 || operationOf(request) !== 'CreateGrant') return reply;
      const body = bodyOf(reply);
      const id = String(body.GrantId);
      const token = first.get(id) ?? String(body.GrantToken);
      first.set(id, token);
      return withBody(reply, { ...body, GrantToken: token });
    };
  },
  /** Lists no grants for a key it does not have, instead of NotFoundException. */
  'unknown-key-lists-nothing': () =>
    errorAsSuccess('ListGrants', 'NotFoundException', () => ({ Grants: [], Truncated: false })),
  /** Answers every CreateGrant with the first GrantId it gave, as a server of fixed examples does. */
  'one-grant-id': () => {
    let first: string | undefined;
    return async (request, next) => {
      const reply = await next(request);
      if (reply.status !== 200 || operationOf(request) !== 'CreateGrant') return reply;
      const body = bodyOf(reply);
      first ??= String(body.GrantId);
      return withBody(reply, { ...body, GrantId: first });
    };
  },
  /** Takes a Name as unique across keys: the same Name on another key answers the first grant. */
  'names-span-keys': () => {
    const byName = new Map<string, string>();
    return async (request, next) => {
      const reply = await next(request);
      const name = requestBodyOf(request).Name;
      if (reply.status !== 200 || operationOf(request) !== 'CreateGrant' || name === undefined)
        return reply;
      const body = bodyOf(reply);
      const id = byName.get(String(name)) ?? String(body.GrantId);
      byName.set(String(name), id);
      return withBody(reply, { ...body, GrantId: id });
    };
  },
  /** Grants Sign on any key: the operations a key supports are not checked. */
  'key-operations-unchecked': () => async (request, next) => {
    const operations = requestBodyOf(request).Operations;
    return operationOf(request) === 'CreateGrant' &&
      Array.isArray(operations) &&
      operations.includes('Sign')
      ? success({ GrantId: 'b'.repeat(64), GrantToken: 'AAAA' })
      : next(request);
  },
  /** Makes a grant without a grantee, for nobody. */
  'grantee-optional': () => (request, next) => {
    const body = requestBodyOf(request);
    return next(
      operationOf(request) === 'CreateGrant' &&
        body.GranteePrincipal === undefined &&
        body.GranteeServicePrincipal === undefined &&
        Array.isArray(body.Operations)
        ? withRequestBody(request, { ...body, GranteePrincipal: 'arn:aws:iam::111122223333:root' })
        : request,
    );
  },
  /** Makes a grant of whatever Operations it is given. */
  'operations-unchecked': () =>
    errorAsSuccess('CreateGrant', 'ValidationException', () => ({
      GrantId: 'a'.repeat(64),
      GrantToken: 'AAAA',
    })),
} satisfies Record<string, () => Mutation>;

export type BrokenTargetName = keyof typeof brokenTargets;
