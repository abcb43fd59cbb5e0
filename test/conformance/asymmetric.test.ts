import { describe, expect, it } from 'vitest';
import { allChecks } from '../../conformance/checks/index.js';
import { brokenTargets, type BrokenTargetName } from './broken/asymmetric.js';
import { runChecks, startTarget, verdictsOf } from './harness.js';

/** [broken target, exactly the asymmetric checks that must fail there]; every other one passes. */
const CATALOGUE: ReadonlyArray<[BrokenTargetName, string[]]> = [
  ['signature-garbage', ['asymmetric.sign-verify']],
  ['verify-accepts-anything', ['asymmetric.sign-verify']],
  ['verify-false-not-error', ['asymmetric.sign-verify']],
  ['digest-unchecked', ['asymmetric.digest-length']],
  ['rsa-encrypt-plaintext', ['asymmetric.rsa-encryption']],
  ['oaep-hash-ignored', ['asymmetric.rsa-encryption']],
  ['no-plaintext-limit', ['asymmetric.rsa-plaintext-limit']],
  ['pair-mismatch', ['asymmetric.data-key-pair']],
  ['sealed-key-differs', ['asymmetric.data-key-pair']],
  ['stale-pairs', ['asymmetric.fresh-pairs']],
  ['mac-accepts-anything', ['asymmetric.mac']],
  // It answers every InvalidKeyUsageException of GenerateMac, so a symmetric key MACs too.
  ['mac-algorithm-ignored', ['asymmetric.mac-algorithm', 'asymmetric.usage-refusals']],
  ['shared-secret-random', ['asymmetric.shared-secret']],
  ['usage-ignored', ['asymmetric.usage-refusals']],
  ['dry-run-ignored', ['asymmetric.dry-run']],
];

async function verdicts(url: string) {
  const summary = await runChecks(url, 'asymmetric.*');
  return verdictsOf(summary);
}

describe('asymmetric checks against the honest mock', () => {
  it('all pass', async () => {
    const target = await startTarget();
    try {
      const result = await verdicts(target.url);
      expect(result.notVerdicts).toEqual([]);
      expect(result.failed).toEqual([]);
      expect(result.ran).toBe(allChecks.filter((c) => c.area === 'asymmetric').length);
    } finally {
      await target.close();
    }
  });
});

describe('asymmetric checks against broken targets', () => {
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

  it('leaves no asymmetric check unproven', () => {
    const proven = new Set(CATALOGUE.flatMap(([, mustFail]) => mustFail));
    const ids = allChecks.filter((c) => c.area === 'asymmetric').map((c) => c.id);
    expect(ids.filter((id) => !proven.has(id))).toEqual([]);
  });
});
