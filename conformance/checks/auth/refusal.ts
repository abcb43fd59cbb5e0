import { expectError } from '../../expect.js';
import type { Reply } from '../../types.js';

/**
 * The names an authentication refusal goes by: those AWS's common-errors page lists and those
 * KMS and AWS JSON front ends are seen to send (evidence `auth.common-errors`, `auth.error-names`).
 * The required auth probes accept any of them; `auth.error-names` asks for the exact one.
 */
export const AUTH_REFUSALS = [
  'MissingAuthenticationTokenException',
  'MissingAuthenticationToken',
  'IncompleteSignatureException',
  'IncompleteSignature',
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'RequestExpired',
  'NotAuthorized',
  'AccessDeniedException',
] as const;

/** A 400 or 403 refusing the request as unauthenticated. */
export function expectAuthRefusal(reply: Reply): void {
  expectError(reply, AUTH_REFUSALS, [400, 403]);
}
