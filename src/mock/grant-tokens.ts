import { kmsError } from '../errors/index.js';

/**
 * A grant token is KMS's own signed proof of a grant it issued, and KMS refuses one it cannot
 * verify with InvalidGrantTokenException (the model's error for every operation taking
 * GrantTokens). This mock issues no grants yet, so no token can verify: any token given is refused
 * rather than silently ignored, so code that depends on a grant fails here as it would against KMS.
 * The message is the spec's example; KMS's own wording has not been recorded.
 */
export function refuseUnknownGrantTokens(body: unknown): void {
  if (typeof body !== 'object' || body === null || !('GrantTokens' in body)) return;
  const tokens = body.GrantTokens;
  if (Array.isArray(tokens) && tokens.length > 0)
    throw kmsError('InvalidGrantTokenException', 'Grant token is invalid.');
}
