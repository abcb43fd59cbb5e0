import createList from './create-list.js';
import createRefusals from './create-refusals.js';
import malformedToken from './malformed-token.js';
import retire from './retire.js';
import retiredToken from './retired-token.js';
import revoke from './revoke.js';
import sameName from './same-name.js';
import tokenAccepted from './token-accepted.js';
import unknownKey from './unknown-key.js';

/**
 * Grants as KMS keeps them: made, listed, named for retries, retired and revoked, and their tokens
 * taken. Whether a grant authorises a call is not judged: that is IAM, which no check can see.
 */
export const grantsChecks = [
  createList,
  tokenAccepted,
  revoke,
  retire,
  sameName,
  unknownKey,
  createRefusals,
  malformedToken,
  retiredToken,
];
