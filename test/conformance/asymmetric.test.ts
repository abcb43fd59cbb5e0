import { brokenTargets, type BrokenTargetName } from './broken/asymmetric.js';
import { proveArea } from './area-proofs.js';

/** [broken target, exactly the asymmetric checks that must fail there]; every other one passes. */
const CATALOGUE: ReadonlyArray<[BrokenTargetName, string[]]> = [
  // Every check that verifies a signature offline sees the garbage.
  [
    'signature-garbage',
    [
      'asymmetric.sign-verify',
      'asymmetric.message-type',
      'asymmetric.pss-salt-length',
      'asymmetric.secp256k1',
      'asymmetric.ed25519',
      'asymmetric.ml-dsa',
    ],
  ],
  [
    'verify-accepts-anything',
    ['asymmetric.sign-verify', 'asymmetric.secp256k1', 'asymmetric.ed25519', 'asymmetric.ml-dsa'],
  ],
  [
    'verify-false-not-error',
    ['asymmetric.sign-verify', 'asymmetric.secp256k1', 'asymmetric.ed25519', 'asymmetric.ml-dsa'],
  ],
  // It also signs Ed25519 messages of the other MessageType, and answers the digest refusal.
  [
    'digest-unchecked',
    ['asymmetric.digest-length', 'asymmetric.ed25519', 'asymmetric.refusal-messages'],
  ],
  ['rsa-encrypt-plaintext', ['asymmetric.rsa-encryption']],
  ['oaep-hash-ignored', ['asymmetric.rsa-encryption']],
  ['no-plaintext-limit', ['asymmetric.rsa-plaintext-limit', 'asymmetric.refusal-messages']],
  ['pair-mismatch', ['asymmetric.data-key-pair']],
  ['sealed-key-differs', ['asymmetric.data-key-pair']],
  ['stale-pairs', ['asymmetric.fresh-pairs']],
  ['mac-accepts-anything', ['asymmetric.mac']],
  // It answers every InvalidKeyUsageException of GenerateMac, so a symmetric key MACs too.
  [
    'mac-algorithm-ignored',
    [
      'asymmetric.mac-algorithm',
      'asymmetric.usage-refusals',
      'asymmetric.algorithm-mismatch',
      'asymmetric.dry-run-would-fail',
      'asymmetric.refusal-messages',
    ],
  ],
  ['shared-secret-random', ['asymmetric.shared-secret']],
  // Sign's algorithm refusals are InvalidKeyUsageException too, so they go with the usage ones.
  [
    'usage-ignored',
    [
      'asymmetric.usage-refusals',
      'asymmetric.algorithm-mismatch',
      'asymmetric.dry-run-would-fail',
      'asymmetric.refusal-messages',
    ],
  ],
  ['dry-run-ignored', ['asymmetric.dry-run']],
  ['secp256k1-unsupported', ['asymmetric.secp256k1']],
  ['ed25519-unsupported', ['asymmetric.ed25519']],
  ['ml-dsa-unsupported', ['asymmetric.ml-dsa']],
  ['ed25519ph-as-pure', ['asymmetric.ed25519']],
  ['ml-dsa-bare-public-key', ['asymmetric.ml-dsa']],
  ['pss-as-pkcs1', ['asymmetric.pss-salt-length']],
  // Every DIGEST is hashed again: each check that signs or refuses a digest sees it.
  [
    'digest-hashed-again',
    [
      'asymmetric.message-type',
      'asymmetric.digest-length',
      'asymmetric.pss-salt-length',
      'asymmetric.secp256k1',
      'asymmetric.ed25519',
      'asymmetric.refusal-messages',
    ],
  ],
  [
    'algorithm-unchecked',
    [
      'asymmetric.algorithm-mismatch',
      'asymmetric.mac-algorithm',
      'asymmetric.dry-run-would-fail',
      'asymmetric.refusal-messages',
    ],
  ],
  ['dry-run-succeeds', ['asymmetric.dry-run', 'asymmetric.dry-run-would-fail']],
  ['refusal-messages-generic', ['asymmetric.refusal-messages']],
];

proveArea('asymmetric', CATALOGUE, brokenTargets);
