/**
 * The checks that close the coverage gaps, proven both ways: each passes against the honest mock
 * (except those waiting on the mock, EMBEDDED_KNOWN_FAILURES, asserted to fail and nothing else)
 * and fails, as a verdict, against at least one deliberately broken target.
 */
import { describe, expect, it } from 'vitest';
import { EMBEDDED_KNOWN_FAILURES } from '../../conformance/embedded.js';
import { COVERAGE_CHECKS, coverageTargets, type CoverageTargetName } from './broken/coverage.js';
import { runChecks, startTarget, verdictsOf } from './harness.js';

const NEW_CHECKS = [...COVERAGE_CHECKS, 'keys.key-usage'];

/** [broken target, the checks run, exactly those that must fail (the mock's known gaps aside)]. */
const CATALOGUE: ReadonlyArray<[CoverageTargetName, string[]]> = [
  ['cancel-enables', ['keys.lifecycle']],
  ['schedule-twice-succeeds', ['keys.lifecycle']],
  ['limit-ignored', ['keys.paging']],
  ['alias-filter-ignored', ['keys.paging']],
  ['key-ids-validated', ['keys.malformed-key-ids']],
  ['account-ignored', ['keys.malformed-key-ids']],
  ['multi-region-config-everywhere', ['keys.metadata-per-type']],
  ['no-key-material-ids', ['keys.metadata-per-type', 'messages.key-material-id']],
  ['state-checked-only-on-encrypt', ['keys.state-after-blob']],
  ['decrypt-algorithm-ignored', ['binding.decrypt-algorithm']],
  ['blob-bounds-unchecked', ['validation.ciphertext-bounds']],
  ['short-blob-crashes', ['binding.truncated-extended']],
  ['key-usage-as-validation', ['keys.key-usage', 'keys.key-usage-operations']],
  ['incorrect-key-as-invalid-ciphertext', ['keys.key-usage-operations']],
  ['external-origin-ignored', ['keys.pending-import']],
  ['alias-target-arn', ['keys.aliases']],
  ['alias-prefix-added', ['keys.aliases']],
  ['tags-unchecked', ['keys.create-key-tags', 'keys.create-key-duplicate-tags']],
  ['region-ignored', ['keys.other-region-id']],
  ['region-message-generic', ['messages.other-region-arn']],
  ['replica-own-material', ['keys.multi-region-replica']],
  ['validation-message-generic', ['messages.validation-member-name']],
];

describe('the coverage checks against the honest mock', () => {
  it('pass, but for the known gaps of the mock, which fail', async () => {
    const target = await startTarget();
    try {
      const summary = await runChecks(target.url, NEW_CHECKS.join(','));
      expect(summary.results.map((r) => r.check.id).sort()).toEqual([...NEW_CHECKS].sort());
      const notVerdicts = summary.results.filter(
        (r) => r.outcome.status !== 'pass' && r.outcome.status !== 'fail',
      );
      expect(notVerdicts.map((r) => ({ id: r.check.id, outcome: r.outcome }))).toEqual([]);
      const failed = verdictsOf(summary).failed;
      // Each known gap still fails; when the mock closes one, remove it from EMBEDDED_KNOWN_FAILURES.
      expect(failed.sort()).toEqual(
        EMBEDDED_KNOWN_FAILURES.filter((id) => NEW_CHECKS.includes(id)).sort(),
      );
    } finally {
      await target.close();
    }
  });
});

describe.concurrent('the coverage checks against broken targets', () => {
  it.each(CATALOGUE)('%s fails exactly %j', async (name, mustFail) => {
    const target = await startTarget(coverageTargets[name]());
    try {
      const run = [...new Set(mustFail)];
      const summary = await runChecks(target.url, run.join(','));
      expect(
        summary.results.filter((r) => r.outcome.status === 'error').map((r) => r.outcome),
      ).toEqual([]);
      const failed = verdictsOf(summary).failed.filter(
        (id) => mustFail.includes(id) || !EMBEDDED_KNOWN_FAILURES.includes(id),
      );
      expect(failed.sort()).toEqual([...mustFail].sort());
    } finally {
      await target.close();
    }
  });

  it('leaves no new check unproven', () => {
    const proven = new Set(CATALOGUE.flatMap(([, mustFail]) => mustFail));
    expect(NEW_CHECKS.filter((id) => !proven.has(id))).toEqual([]);
  });
});
