import { describe, expect, it } from 'vitest';
import { allChecks } from '../../conformance/checks/index.js';
import { brokenTargets, type BrokenTargetName } from './broken/rotation.js';
import { runChecks, startTarget, verdictsOf } from './harness.js';

/** [broken target, exactly the rotation checks that must fail there]; every other one passes. */
const CATALOGUE: ReadonlyArray<[BrokenTargetName, string[]]> = [
  ['status-always-off', ['rotation.status-round-trip']],
  ['period-unbounded', ['rotation.period-bounds']],
  [
    'rotation-no-op',
    [
      // It also answers every refusal with success.
      'rotation.imported-material',
      'rotation.list-paging',
      'rotation.on-demand',
      'rotation.on-demand-limit',
      'rotation.refusals',
    ],
  ],
  ['old-material-dropped', ['rotation.old-ciphertext']],
  ['decrypt-names-current-material', ['rotation.old-ciphertext']],
  ['names-first-material', ['rotation.new-ciphertext']],
  ['rotations-unlisted', ['rotation.list-paging', 'rotation.on-demand']],
  ['marker-ignored', ['rotation.list-paging']],
  ['rotates-anything', ['rotation.imported-material', 'rotation.refusals']],
  ['disabled-as-invalid-state', ['rotation.refusals']],
  ['pending-import-unsupported', ['rotation.imported-material']],
  ['no-rotation-limit', ['rotation.on-demand-limit']],
];

async function verdicts(url: string) {
  return verdictsOf(await runChecks(url, 'rotation.*'));
}

describe('rotation checks against the honest mock', () => {
  it('all pass', async () => {
    const target = await startTarget();
    try {
      const result = await verdicts(target.url);
      expect(result.notVerdicts).toEqual([]);
      expect(result.failed).toEqual([]);
      expect(result.ran).toBe(allChecks.filter((c) => c.area === 'rotation').length);
    } finally {
      await target.close();
    }
  });
});

describe('rotation checks against broken targets', () => {
  it.each(CATALOGUE)('%s fails exactly %j', async (name, mustFail) => {
    const target = await startTarget(brokenTargets[name]());
    try {
      const result = await verdicts(target.url);
      expect(result.notVerdicts).toEqual([]);
      expect(result.failed).toEqual([...mustFail].sort());
    } finally {
      await target.close();
    }
  });

  it('leaves no rotation check unproven', () => {
    const proven = new Set(CATALOGUE.flatMap(([, mustFail]) => mustFail));
    const ids = allChecks.filter((c) => c.area === 'rotation').map((c) => c.id);
    expect(ids.filter((id) => !proven.has(id))).toEqual([]);
  });
});
