import dataKeyPair from './data-key-pair.js';
import digestLength from './digest-length.js';
import dryRun from './dry-run.js';
import freshPairs from './fresh-pairs.js';
import mac from './mac.js';
import macAlgorithm from './mac-algorithm.js';
import rsaEncryption from './rsa-encryption.js';
import rsaPlaintextLimit from './rsa-plaintext-limit.js';
import sharedSecret from './shared-secret.js';
import signVerify from './sign-verify.js';
import usageRefusals from './usage-refusals.js';

export const asymmetricChecks = [
  signVerify,
  digestLength,
  rsaEncryption,
  rsaPlaintextLimit,
  dataKeyPair,
  freshPairs,
  mac,
  macAlgorithm,
  sharedSecret,
  usageRefusals,
  dryRun,
];
