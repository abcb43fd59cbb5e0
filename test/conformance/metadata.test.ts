import { describe, expect, it } from 'vitest';
import { allChecks } from '../../conformance/checks/index.js';
import { brokenTargets, type BrokenTargetName } from './broken/metadata.js';
import { runChecks, startTarget, verdictsOf } from './harness.js';

/** [broken target, exactly the metadata checks that must fail there]; every other one passes. */
const CATALOGUE: ReadonlyArray<[BrokenTargetName, string[]]> = [
  [
    'tags-not-kept',
    ['metadata.tag-round-trip', 'metadata.tag-refusals', 'metadata.tag-reserved-any-case'],
  ],
  ['tag-values-not-updated', ['metadata.tag-round-trip']],
  ['untag-ignored', ['metadata.tag-round-trip']],
  ['tag-refusals-accepted', ['metadata.tag-refusals', 'metadata.tag-reserved-any-case']],
  ['reserved-prefix-case-sensitive', ['metadata.tag-reserved-any-case']],
  ['update-alias-ignored', ['metadata.update-alias']],
  ['update-alias-unchecked', ['metadata.update-alias']],
  ['description-not-updated', ['metadata.update-key-description']],
  ['policy-not-stored', ['metadata.key-policy']],
  ['policy-name-wrong', ['metadata.key-policy']],
  ['any-policy-name', ['metadata.key-policy']],
];

const ids = allChecks.filter((c) => c.area === 'metadata').map((c) => c.id);

describe('metadata checks against the honest mock', () => {
  it('all pass', async () => {
    const target = await startTarget();
    try {
      const result = verdictsOf(await runChecks(target.url, 'metadata.*'));
      expect(result.notVerdicts).toEqual([]);
      expect(result.failed).toEqual([]);
      expect(result.ran).toBe(ids.length);
    } finally {
      await target.close();
    }
  });
});

describe.concurrent('metadata checks against broken targets', () => {
  it.each(CATALOGUE)('%s fails exactly %j', async (name, mustFail) => {
    const target = await startTarget(brokenTargets[name]());
    try {
      const result = verdictsOf(await runChecks(target.url, 'metadata.*'));
      expect(result.notVerdicts).toEqual([]);
      expect(result.failed).toEqual([...mustFail].sort());
    } finally {
      await target.close();
    }
  });

  it('leaves no metadata check unproven', () => {
    const proven = new Set(CATALOGUE.flatMap(([, mustFail]) => mustFail));
    expect(ids.filter((id) => !proven.has(id))).toEqual([]);
  });
});
