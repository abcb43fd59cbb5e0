/**
 * The two-way proof every check area owes: all its checks pass against the honest mock, each broken
 * target fails exactly the checks catalogued for it, and no check of the area is left unproven.
 */
import { describe, expect, it } from 'vitest';
import { allChecks } from '../../conformance/checks/index.js';
import type { Area } from '../../conformance/types.js';
import { runChecks, startTarget, verdictsOf, type Mutation } from './harness.js';

export function proveArea<Name extends string>(
  area: Area,
  catalogue: ReadonlyArray<readonly [Name, readonly string[]]>,
  brokenTargets: Readonly<Record<Name, () => Mutation>>,
): void {
  const ids = allChecks.filter((c) => c.area === area).map((c) => c.id);
  const verdicts = async (url: string) => verdictsOf(await runChecks(url, `${area}.*`));

  describe(`${area} checks against the honest mock`, () => {
    it('all pass', async () => {
      const target = await startTarget();
      try {
        const result = await verdicts(target.url);
        expect(result.notVerdicts).toEqual([]);
        expect(result.failed).toEqual([]);
        expect(result.ran).toBe(ids.length);
      } finally {
        await target.close();
      }
    });
  });

  describe(`${area} checks against broken targets`, () => {
    it.each(catalogue)('%s fails exactly %j', async (name, mustFail) => {
      const target = await startTarget(brokenTargets[name]());
      try {
        const result = await verdicts(target.url);
        expect(result.notVerdicts).toEqual([]);
        expect(result.failed).toEqual([...mustFail].sort());
      } finally {
        await target.close();
      }
    });

    it(`leaves no ${area} check unproven`, () => {
      const proven = new Set(catalogue.flatMap(([, mustFail]) => mustFail));
      expect(ids.filter((id) => !proven.has(id))).toEqual([]);
    });
  });
}
