import { operations, type OperationName } from '../../generated/operations.js';
import { kmsError } from '../errors/index.js';

/**
 * A grant token is KMS's own signed proof of a grant it issued, and KMS refuses one it cannot
 * verify with InvalidGrantTokenException. This mock issues no grants yet, so no token can verify:
 * where the contract declares that error (the cryptographic operations), any token given is
 * refused rather than silently ignored, so code that depends on a grant fails here as it would
 * against KMS. DescribeKey takes GrantTokens but declares no such error, so there they are read
 * and ignored. The message is the spec's example; KMS's own wording has not been recorded.
 */
export function refuseUnknownGrantTokens(operation: OperationName, body: unknown): void {
  if (typeof body !== 'object' || body === null || !('GrantTokens' in body)) return;
  const tokens = body.GrantTokens;
  if (!Array.isArray(tokens) || tokens.length === 0) return;
  if ((operations[operation].errors as readonly string[]).includes('InvalidGrantTokenException'))
    throw kmsError('InvalidGrantTokenException', 'Grant token is invalid.');
}
