import { it } from 'vitest';
import { runChecks } from './harness.js';
it('debug', async () => {
  const summary = await runChecks('http://127.0.0.1:45219', process.env.CHECKS ?? 'asymmetric.*');
  for (const r of summary.results) if (r.outcome.status !== 'pass') console.log('RESULT', r.check.id, JSON.stringify(r.outcome).slice(0, 700));
}, 600000);
