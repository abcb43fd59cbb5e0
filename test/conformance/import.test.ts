import { describe, expect, it } from 'vitest';
import { allChecks } from '../../conformance/checks/index.js';
import { brokenTargets, type BrokenTargetName } from './broken/import.js';
import { runChecks, startTarget, verdictsOf } from './harness.js';

/** [broken target, exactly the import checks that must fail there]; every other one passes. */
const CATALOGUE: ReadonlyArray<[BrokenTargetName, string[]]> = [
  ['token-unchecked', ['import.wrong-token']],
  ['wrapping-unchecked', ['import.wrong-wrapping']],
  // Nothing is imported, so nothing works; and every refusal it should give is a success.
  [
    'import-does-nothing',
    [
      'import.aes-key-wrap',
      'import.delete-material',
      'import.round-trip',
      'import.valid-to-required',
      'import.wrong-token',
      'import.wrong-wrapping',
    ],
  ],
  ['delete-does-nothing', ['import.delete-material']],
  ['expiry-defaults-to-never', ['import.valid-to-required']],
  ['any-origin', ['import.origin-external']],
  ['public-key-mismatch', ['import.aes-key-wrap', 'import.delete-material', 'import.round-trip']],
  ['aes-key-wrap-ignored', ['import.aes-key-wrap']],
];

async function verdicts(url: string) {
  return verdictsOf(await runChecks(url, 'import.*'));
}

describe('import checks against the honest mock', () => {
  it('all pass', async () => {
    const target = await startTarget();
    try {
      const result = await verdicts(target.url);
      expect(result.notVerdicts).toEqual([]);
      expect(result.failed).toEqual([]);
      expect(result.ran).toBe(allChecks.filter((c) => c.area === 'import').length);
    } finally {
      await target.close();
    }
  });
});

describe('import checks against broken targets', () => {
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

  it('leaves no import check unproven', () => {
    const proven = new Set(CATALOGUE.flatMap(([, mustFail]) => mustFail));
    const ids = allChecks.filter((c) => c.area === 'import').map((c) => c.id);
    expect(ids.filter((id) => !proven.has(id))).toEqual([]);
  });
});
