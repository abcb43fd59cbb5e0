import { operations, type OperationName } from '../../generated/operations.js';
import { kmsError } from '../errors/index.js';
import type { MockContext } from './context.js';
import { grantOfToken } from './operations/grants.js';

const INVALID = 'Grant token is invalid.';

/**
 * Every token in a request's `GrantTokens` must be a live grant's token, where the operation
 * declares InvalidGrantTokenException (model: the cryptographic operations and CreateGrant).
 * DescribeKey takes GrantTokens but declares no such error, so there they are read and ignored.
 * Grants authorise nothing here (the mock has no IAM): a valid token is accepted, never needed.
 */
export async function refuseUnknownGrantTokens(
  ctx: MockContext,
  operation: OperationName,
  body: unknown,
): Promise<void> {
  if (typeof body !== 'object' || body === null || !('GrantTokens' in body)) return;
  const tokens = body.GrantTokens;
  if (!Array.isArray(tokens) || tokens.length === 0) return;
  if (!(operations[operation].errors as readonly string[]).includes('InvalidGrantTokenException'))
    return;
  for (const token of tokens) {
    if (typeof token !== 'string') throw kmsError('InvalidGrantTokenException', INVALID);
    // The token codec (HMAC, base64) loads only when a request carries a token.
    await grantOfToken(ctx, token);
  }
}
