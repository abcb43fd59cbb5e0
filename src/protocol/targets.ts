/**
 * Operation routing for AWS JSON 1.1: every KMS call is `POST /` and the operation is named by the
 * `X-Amz-Target: TrentService.<Operation>` header (evidence `wire.json-1-1`).
 */
import { TARGET_PREFIX } from '../codec/index.js';

/** The service shape name of KMS plus the dot, as it prefixes every `X-Amz-Target` (from the spec). */
export { TARGET_PREFIX };

const OPERATION_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/**
 * The operation an `X-Amz-Target` value names, or undefined when the header is missing, has another
 * service's prefix, or is not a plain operation name. Whether the operation exists is the caller's
 * question: the dispatcher checks its own operation table.
 *
 * @example
 * operationFromTarget('TrentService.GenerateDataKey') // 'GenerateDataKey'
 * operationFromTarget('DynamoDB_20120810.GetItem')    // undefined
 */
export function operationFromTarget(header: string | undefined): string | undefined {
  if (header === undefined || !header.startsWith(TARGET_PREFIX)) return undefined;
  const operation = header.slice(TARGET_PREFIX.length);
  return OPERATION_NAME.test(operation) ? operation : undefined;
}

/** The `X-Amz-Target` value for an operation name. */
export function targetFor(operation: string): string {
  return TARGET_PREFIX + operation;
}
