import { CheckFailure } from '../../failure.js';
import { defineCheck, pass } from '../define.js';
import { pooledDataKeys } from './pool.js';
import { byteFrequencyChiSquare, chiSquareCritical, FALSE_ALARM_RATE } from './statistics.js';

export default defineCheck({
  id: 'randomness.byte-frequency',
  title:
    'Pooled data-key bytes pass a chi-square test of uniform byte frequency (false-alarm rate 1e-6)',
  area: 'randomness',
  rule: 'Data key bytes are uniformly distributed (Pearson chi-square, 255 df)',
  evidence: ['docs.random-data-keys'],
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric: key }) {
    const pool = await pooledDataKeys(ctx, key.keyId);
    const statistic = byteFrequencyChiSquare(pool);
    const critical = chiSquareCritical(255, FALSE_ALARM_RATE);
    if (statistic > critical) {
      throw new CheckFailure(
        `chi-square ≤ ${critical.toFixed(1)} (255 df, p = 1e-6) over ${pool.length} bytes`,
        `chi-square ${statistic.toFixed(1)}`,
      );
    }
    return pass(`chi-square ${statistic.toFixed(1)} ≤ ${critical.toFixed(1)}`);
  },
});
