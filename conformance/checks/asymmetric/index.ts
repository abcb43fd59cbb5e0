import algorithmMismatch from './algorithm-mismatch.js';
import dataKeyPair from './data-key-pair.js';
import digestLength from './digest-length.js';
import dryRun from './dry-run.js';
import dryRunWouldFail from './dry-run-would-fail.js';
import ed25519 from './ed25519.js';
import freshPairs from './fresh-pairs.js';
import mac from './mac.js';
import macAlgorithm from './mac-algorithm.js';
import messageType from './message-type.js';
import mlDsa from './ml-dsa.js';
import pssSaltLength from './pss-salt-length.js';
import refusalMessages from './refusal-messages.js';
import rsaEncryption from './rsa-encryption.js';
import rsaPlaintextLimit from './rsa-plaintext-limit.js';
import secp256k1 from './secp256k1.js';
import sharedSecret from './shared-secret.js';
import signVerify from './sign-verify.js';
import usageRefusals from './usage-refusals.js';

export const asymmetricChecks = [
  signVerify,
  digestLength,
  messageType,
  pssSaltLength,
  secp256k1,
  ed25519,
  mlDsa,
  rsaEncryption,
  rsaPlaintextLimit,
  dataKeyPair,
  freshPairs,
  mac,
  macAlgorithm,
  sharedSecret,
  usageRefusals,
  algorithmMismatch,
  dryRun,
  dryRunWouldFail,
  refusalMessages,
];
