import { decodeBase64, encodeBase64 } from '../src/codec/index.js';
import {
  checkErrorBody,
  checkResponse,
  type OperationName,
  type OperationOutput,
} from '../src/contract/index.js';
import { CheckFailure } from './failure.js';
import { redactBody } from './redact.js';
import type { FailureDetail, Reply } from './types.js';

function describe(reply: Reply): string {
  // Reports never carry secrets: a data key in an unexpected 200 is shown as its length and hash.
  if (reply.status < 300)
    return `HTTP ${reply.status} ${redactBody(reply.text).slice(0, 300) || '(empty body)'}`;
  return `HTTP ${reply.status} ${reply.errorType ?? '(no __type)'}${reply.errorMessage ? `: ${reply.errorMessage.slice(0, 200)}` : ''}`;
}

/**
 * A 200 whose body validates against the operation's output schema, with the members the round
 * trip needs present: the AWS model marks every output member optional, but an empty 200 is not a
 * GenerateDataKey (evidence `wire.sdk-accepts-empty-success`: the SDK accepts it and hands back undefined).
 */
export function expectSuccess<Op extends OperationName>(
  reply: Reply,
  operation: Op,
  required: readonly string[] = [],
): NonNullable<OperationOutput<Op>> {
  if (reply.status !== 200)
    throw new CheckFailure(`HTTP 200 from ${operation}`, describe(reply), {
      ...detailOf(reply),
      kind: 'status',
      expectedStatus: [200],
    });
  const issues = checkResponse(operation, reply.json);
  if (issues.length > 0) {
    throw new CheckFailure(
      `${operation} reply valid per the spec`,
      issues.map((i) => `${i.path} ${i.message}`).join('; '),
      { ...detailOf(reply), kind: 'invalid-reply' },
    );
  }
  const body = (reply.json ?? {}) as Record<string, unknown>;
  const missing = required.filter((m) => body[m] === undefined);
  if (missing.length > 0)
    throw new CheckFailure(
      `${operation} reply with ${required.join(', ')}`,
      `missing ${missing.join(', ')}`,
      { ...detailOf(reply), kind: 'invalid-reply' },
    );
  return body as NonNullable<OperationOutput<Op>>;
}

/** A 4xx/5xx whose error type is one of `types`, with a well-formed `{__type, message}` body. */
export function expectError(
  reply: Reply,
  types: readonly string[],
  statuses: readonly number[] = [400],
): void {
  const want = `${types.join(' or ')} (HTTP ${statuses.join('/')})`;
  const detail = { ...detailOf(reply), expectedStatus: statuses, expectedType: types };
  if (reply.status < 300)
    throw new CheckFailure(want, describe(reply), { ...detail, kind: 'status' });
  if (reply.errorType === undefined || !types.includes(reply.errorType))
    throw new CheckFailure(want, describe(reply), { ...detail, kind: 'error-type' });
  if (!statuses.includes(reply.status))
    throw new CheckFailure(want, describe(reply), { ...detail, kind: 'status' });
}

/**
 * A client error (any 4xx) with an error body naming its type: the required half of a refusal
 * whose exact `__type` rests on weaker evidence (the exact name is then a recommended check).
 */
export function expectRefusal(reply: Reply): void {
  const detail = { ...detailOf(reply), expectedStatus: [400, 403, 404] };
  if (reply.status < 400 || reply.status > 499 || reply.errorType === undefined)
    throw new CheckFailure('a 4xx error reply with a __type', describe(reply), {
      ...detail,
      kind: reply.status >= 400 && reply.status <= 499 ? 'error-type' : 'status',
    });
}

/** The structured half of a failure about this reply. */
export function detailOf(reply: Reply): Omit<FailureDetail, 'kind'> {
  return {
    operation: reply.operation,
    actualStatus: reply.status,
    ...(reply.errorType !== undefined ? { actualType: reply.errorType } : {}),
  };
}

/** An error body valid against the spec's ErrorBody schema. */
export function expectErrorBody(reply: Reply): void {
  const issues = checkErrorBody(reply.json);
  if (issues.length > 0)
    throw new CheckFailure(
      'an error body {"__type", "message"}',
      `${redactBody(reply.text).slice(0, 300) || '(empty body)'}`,
      { ...detailOf(reply), kind: 'invalid-reply' },
    );
}

/**
 * The bytes of a blob member, by the package's one strict codec. A value that is not canonical
 * base64 (which AWS SDKs refuse) decodes to no bytes, so any comparison with it fails.
 */
export function decode(base64: unknown): Uint8Array {
  return (typeof base64 === 'string' ? decodeBase64(base64) : undefined) ?? new Uint8Array(0);
}

export function encode(bytes: Uint8Array): string {
  return encodeBase64(bytes);
}
