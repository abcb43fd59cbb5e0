import decryptAlgorithm from './decrypt-algorithm.js';
import truncatedExtended from './truncated-extended.js';
import ambiguousContext from './ambiguous-context.js';
import bitFlip from './bit-flip.js';
import contextMismatch from './context-mismatch.js';
import decryptReplyMembers from './decrypt-reply-members.js';
import incorrectKey from './incorrect-key.js';
import noPlaintextInBlob from './no-plaintext-in-blob.js';

export const bindingChecks = [
  contextMismatch,
  ambiguousContext,
  bitFlip,
  incorrectKey,
  noPlaintextInBlob,
  decryptReplyMembers,
  decryptAlgorithm,
  truncatedExtended,
];
