import { CheckFailure } from '../../failure.js';
import { defineCheck, pass } from '../define.js';
import { pooledDataKeys } from './pool.js';
import { FALSE_ALARM_RATE, monobit, twoSidedNormalCritical } from './statistics.js';

export default defineCheck({
  id: 'randomness.monobit',
  title: 'Pooled data-key bits pass the monobit test (false-alarm rate 1e-6)',
  area: 'randomness',
  rule: 'Data key bits are balanced (NIST SP 800-22 frequency test, two-sided)',
  evidence: ['docs.random-data-keys'],
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric: key }) {
    const result = monobit(await pooledDataKeys(ctx, key.keyId));
    const critical = twoSidedNormalCritical(FALSE_ALARM_RATE);
    if (result.z > critical) {
      throw new CheckFailure(
        `|ones − zeros|/√n ≤ ${critical.toFixed(3)} (two-sided p = 1e-6) over ${result.bits} bits`,
        `${result.z.toFixed(3)} (${result.ones} ones)`,
      );
    }
    return pass(`|S|/√n ${result.z.toFixed(3)} ≤ ${critical.toFixed(3)}`);
  },
});
