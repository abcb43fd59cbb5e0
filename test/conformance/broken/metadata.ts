/**
 * Deliberately broken targets for the metadata checks: each imitates a mistake an emulator of
 * tags, UpdateAlias, UpdateKeyDescription or key policies makes (or could make); the catalogue
 * test names the checks each one must fail.
 */
import { bodyOf, operationOf, requestBodyOf, withBody, type Mutation } from '../harness.js';
import { emptySuccess } from './replies.js';

/** Answers `operation` with success without doing it, when `when` holds for its request. */
function pretend(
  operation: string,
  when: (body: Record<string, unknown>) => boolean = () => true,
): Mutation {
  return (request, next) =>
    operationOf(request) === operation && when(requestBodyOf(request))
      ? Promise.resolve(emptySuccess())
      : next(request);
}

/** Turns the operation's refusals into an empty 200 (the honest mock has already refused it). */
function refusalsAccepted(operation: string): Mutation {
  return async (request, next) => {
    const reply = await next(request);
    return operationOf(request) === operation && reply.status >= 400 ? emptySuccess() : reply;
  };
}

const tagKeys = (body: Record<string, unknown>) =>
  Array.isArray(body['Tags'])
    ? (body['Tags'] as Array<{ TagKey?: unknown }>).map((t) => String(t.TagKey))
    : [];

export const brokenTargets = {
  /** TagResource answers 200 and keeps nothing. */
  'tags-not-kept': () => pretend('TagResource'),
  /** TagResource keeps a tag key's first value: a second TagResource of it is a no-op. */
  'tag-values-not-updated': () =>
    pretend('TagResource', (body) => tagKeys(body).includes('tag2') && tagKeys(body).length === 2),
  /** UntagResource answers 200 and removes nothing. */
  'untag-ignored': () => pretend('UntagResource'),
  /** TagResource takes reserved and duplicate tag keys (and keeps nothing). */
  'tag-refusals-accepted': () => refusalsAccepted('TagResource'),
  /** The reserved prefix is matched only as lower-case aws:. */
  'reserved-prefix-case-sensitive': () =>
    pretend('TagResource', (body) =>
      tagKeys(body).some((k) => k.toLowerCase().startsWith('aws:') && !k.startsWith('aws:')),
    ),
  /** UpdateAlias answers 200 and leaves the alias where it was. */
  'update-alias-ignored': () => pretend('UpdateAlias'),
  /** UpdateAlias takes any target: an alias, a key of another usage, an alias that is not there. */
  'update-alias-unchecked': () => refusalsAccepted('UpdateAlias'),
  /** UpdateKeyDescription answers 200 and changes nothing. */
  'description-not-updated': () => pretend('UpdateKeyDescription'),
  /** PutKeyPolicy answers 200 and keeps the default policy. */
  'policy-not-stored': () => pretend('PutKeyPolicy'),
  /** ListKeyPolicies names the policy Default. */
  'policy-name-wrong': (): Mutation => async (request, next) => {
    const reply = await next(request);
    return operationOf(request) === 'ListKeyPolicies' && reply.status === 200
      ? withBody(reply, { ...bodyOf(reply), PolicyNames: ['Default'] })
      : reply;
  },
  /** GetKeyPolicy answers every policy name with the key's policy. */
  'any-policy-name': (): Mutation => (request, next) => {
    const body = requestBodyOf(request);
    if (operationOf(request) !== 'GetKeyPolicy' || body['PolicyName'] === undefined)
      return next(request);
    const { PolicyName: _name, ...rest } = body;
    return next({ ...request, body: new TextEncoder().encode(JSON.stringify(rest)) });
  },
} satisfies Record<string, () => Mutation>;

export type BrokenTargetName = keyof typeof brokenTargets;
