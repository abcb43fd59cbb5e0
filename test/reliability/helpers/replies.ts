import type { IncomingHttpHeaders } from 'node:http';
import {
  checkErrorBody,
  checkResponse,
  errorStatus,
  operations,
  type OperationName,
} from '../../../src/contract/index.js';

/**
 * Errors the front end sends that no operation of the spec declares, with their status: an
 * unknown X-Amz-Target (or a method other than POST), and a body over the size limit. Everything
 * else must be an error the spec names, with the spec's status.
 */
export const FRAMEWORK_ERRORS: Readonly<Record<string, number>> = {
  UnknownOperationException: 400,
  RequestEntityTooLargeException: 413,
};

const TARGET_PREFIX = 'TrentService.';

/** The spec operation a request names, when it names exactly one (one X-Amz-Target line). */
export function operationOf(
  method: string,
  headers: readonly (readonly [string, string])[],
): OperationName | undefined {
  // The server reads the method case-insensitively (node's client upper-cases it anyway).
  if (method.toUpperCase() !== 'POST') return undefined;
  const targets = headers.filter(([name]) => name.toLowerCase() === 'x-amz-target');
  // Whitespace around a field value is not part of it (RFC 9110 §5.5); node's parser drops it too.
  const target = targets.length === 1 ? targets[0]?.[1].trim() : undefined;
  const name = target?.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : '';
  return Object.hasOwn(operations, name) ? (name as OperationName) : undefined;
}

function parse(body: Buffer): { ok: true; value: unknown } | { ok: false } {
  const text = body.toString('utf8');
  if (text === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/**
 * What is wrong with a reply, or [] when it is a spec-valid success of `operation` or a spec-valid
 * error: `{__type, message}` (ajv, the spec's ErrorBody), a type the spec declares (for
 * `operation` when it is known) with the spec's status, or one of {@link FRAMEWORK_ERRORS}. A 5xx
 * is always a problem: the fuzzer sends nothing that should fail on the server's side.
 */
export function replyProblems(
  operation: OperationName | undefined,
  status: number,
  headers: IncomingHttpHeaders,
  body: Buffer,
): string[] {
  const problems: string[] = [];
  if (headers['content-type'] !== 'application/x-amz-json-1.1') {
    problems.push(`content-type ${String(headers['content-type'])}`);
  }
  if (typeof headers['x-amzn-requestid'] !== 'string') problems.push('no x-amzn-RequestId');
  if (status >= 500) problems.push(`server fault ${status}`);
  const parsed = parse(body);
  if (!parsed.ok) return [...problems, 'body is not JSON'];
  if (status === 200) {
    if (operation === undefined) return [...problems, '200 for a request naming no operation'];
    const issues = checkResponse(operation, parsed.value);
    return [...problems, ...issues.map((i) => `${operation} output ${i.path}: ${i.message}`)];
  }
  const issues = checkErrorBody(parsed.value);
  if (issues.length > 0)
    return [...problems, ...issues.map((i) => `error body ${i.path}: ${i.message}`)];
  const type = String((parsed.value as { __type: unknown }).__type);
  const framework = FRAMEWORK_ERRORS[type];
  const modelled = Object.hasOwn(errorStatus, type)
    ? errorStatus[type as keyof typeof errorStatus]
    : undefined;
  const want = modelled ?? framework;
  if (want === undefined) return [...problems, `unmodelled error ${type}`];
  if (status !== want) problems.push(`${type} with status ${status}, the spec says ${want}`);
  if (
    operation !== undefined &&
    framework === undefined &&
    !(operations[operation].errors as readonly string[]).includes(type)
  ) {
    problems.push(`${operation} does not declare ${type}`);
  }
  return problems;
}
