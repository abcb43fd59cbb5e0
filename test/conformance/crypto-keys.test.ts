import { describe, expect, it } from 'vitest';
import { allChecks } from '../../conformance/checks/index.js';
import { brokenTargets, type BrokenTargetName } from './broken/crypto-keys.js';
import { COVERAGE_CHECKS } from './broken/coverage.js';
import { runChecks, startTarget, verdictsOf } from './harness.js';

const CRYPTO = 'crypto.*';
const BINDING = 'binding.*';
const RANDOMNESS = 'randomness.*';
const KEYS = 'keys.*';
const MESSAGES = 'messages.*';

/**
 * [broken target, the areas run against it, exactly the checks that must fail there]. Every other
 * check of those areas must pass, and none may end in `error`: a broken endpoint gets verdicts.
 * Randomness (192 requests) runs only where it is the point; the consistent generators also run
 * the crypto checks to show that only the statistics can tell them from an honest KMS.
 */
const CATALOGUE: ReadonlyArray<[BrokenTargetName, string[], string[]]> = [
  [
    'context-ignored',
    [BINDING, MESSAGES],
    [
      'binding.context-mismatch',
      'binding.ambiguous-context',
      'messages.invalid-ciphertext-no-message',
    ],
  ],
  [
    'context-dropped-on-decrypt',
    [CRYPTO, BINDING],
    [
      'crypto.round-trip-with-context',
      'crypto.encrypt-round-trip',
      'crypto.re-encrypt-round-trip',
      'binding.context-mismatch',
    ],
  ],
  ['context-concatenated', [CRYPTO, BINDING], ['binding.ambiguous-context']],
  [
    'decrypt-wrong-plaintext',
    [CRYPTO, BINDING, KEYS],
    [
      'crypto.decrypt-round-trip',
      'crypto.round-trip-with-context',
      'crypto.key-id-forms',
      'crypto.encrypt-round-trip',
      'crypto.re-encrypt-round-trip',
      'keys.multi-region',
    ],
  ],
  [
    'key-id-bare',
    [CRYPTO, BINDING, KEYS],
    [
      'crypto.decrypt-round-trip',
      'crypto.round-trip-with-context',
      'crypto.key-id-forms',
      'crypto.without-plaintext-round-trip',
      'crypto.encrypt-round-trip',
      'crypto.re-encrypt-round-trip',
      'binding.decrypt-reply-members',
      'keys.response-key-id',
      'keys.multi-region',
    ],
  ],
  // Encrypt of 4096 bytes with the plaintext appended exceeds the 6144-byte blob limit (model.ciphertext-type).
  [
    'plaintext-in-blob',
    [CRYPTO, BINDING],
    ['crypto.encrypt-round-trip', 'binding.no-plaintext-in-blob'],
  ],
  ['without-plaintext-leaks', [CRYPTO, KEYS], ['crypto.without-plaintext-round-trip']],
  ['unauthenticated-trailer', [CRYPTO, BINDING], ['binding.bit-flip']],
  ['incorrect-key-as-invalid-ciphertext', [BINDING], ['binding.incorrect-key']],
  ['decrypt-without-algorithm', [BINDING], ['binding.decrypt-reply-members']],
  [
    'fixed-length-keys',
    [CRYPTO, RANDOMNESS],
    [
      'crypto.without-plaintext-round-trip',
      'crypto.key-spec-length',
      'crypto.number-of-bytes-length',
      'randomness.byte-frequency',
      'randomness.monobit',
    ],
  ],
  ['repeating-keys', [RANDOMNESS], ['randomness.no-repeats']],
  ['biased-keys', [CRYPTO, RANDOMNESS], ['randomness.byte-frequency', 'randomness.monobit']],
  ['counter-keys', [CRYPTO, RANDOMNESS], ['randomness.byte-frequency', 'randomness.monobit']],
  [
    'not-found-as-access-denied',
    [KEYS, MESSAGES],
    [
      'keys.unknown-key',
      'keys.unknown-alias',
      'keys.other-region-arn',
      'keys.dry-run-would-fail',
      'messages.not-found-names-arn',
    ],
  ],
  [
    'state-ignored',
    [KEYS, MESSAGES],
    ['keys.disabled', 'keys.pending-deletion', 'messages.disabled-names-arn'],
  ],
  ['key-usage-ignored', [KEYS], ['keys.key-usage']],
  ['region-ignored', [KEYS], ['keys.other-region-arn']],
  ['mrk-unsupported', [KEYS], ['keys.multi-region']],
  ['mrk-id-malformed', [KEYS], ['keys.multi-region']],
  ['dry-run-ignored', [KEYS], ['keys.dry-run']],
  ['dry-run-ignored-on-decrypt', [KEYS], ['keys.dry-run']],
  // DryRunOperationException for a dry run that would fail is tolerated (the tier rule): nothing fails.
  ['dry-run-first', [KEYS], []],
  ['dry-run-succeeds', [KEYS], ['keys.dry-run', 'keys.dry-run-would-fail']],
  ['invalid-ciphertext-with-message', [MESSAGES], ['messages.invalid-ciphertext-no-message']],
  [
    'messages-name-bare-id',
    [MESSAGES],
    ['messages.not-found-names-arn', 'messages.disabled-names-arn'],
  ],
];

async function verdicts(target: Awaited<ReturnType<typeof startTarget>>, areas: string[]) {
  // The coverage checks have their own catalogue (coverage.test.ts).
  const others = COVERAGE_CHECKS.map((id) => `!${id}`);
  const summary = await runChecks(target.url, [...areas, ...others].join(','));
  return verdictsOf(summary);
}

describe('crypto, binding, randomness, keys and messages checks against the honest mock', () => {
  it('pass, recommended ones included', async () => {
    const target = await startTarget();
    try {
      const result = await verdicts(target, [CRYPTO, BINDING, RANDOMNESS, KEYS, MESSAGES]);
      expect(result.notVerdicts).toEqual([]);
      expect(result.failed).toEqual([]);
      expect(result.ran).toBeGreaterThan(25);
    } finally {
      await target.close();
    }
  });
});

describe.concurrent(
  'crypto, binding, randomness, keys and messages checks against broken targets',
  () => {
    it.each(CATALOGUE)(
      '%s fails exactly the expected checks of %j',
      async (name, areas, mustFail) => {
        const target = await startTarget(brokenTargets[name]());
        try {
          const result = await verdicts(target, areas);
          expect(result.notVerdicts).toEqual([]);
          expect(result.failed).toEqual([...mustFail].sort());
        } finally {
          await target.close();
        }
      },
    );

    it('leaves no check of these areas unproven', () => {
      const proven = new Set(CATALOGUE.flatMap(([, , mustFail]) => mustFail));
      const areas = new Set(['crypto', 'binding', 'randomness', 'keys', 'messages']);
      const ids = allChecks
        .filter((check) => areas.has(check.area) && !COVERAGE_CHECKS.includes(check.id))
        .map((check) => check.id);
      expect(ids.filter((id) => !proven.has(id))).toEqual([]);
    });
  },
);
