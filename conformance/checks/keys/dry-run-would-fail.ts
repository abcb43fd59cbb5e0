import { expectError } from '../../expect.js';
import { CheckFailure } from '../../failure.js';
import { defineCheck, need, pass } from '../define.js';
import { seededUuid } from '../crypto/seeded.js';

export default defineCheck({
  id: 'keys.dry-run-would-fail',
  title:
    'DryRun on a call that would fail gets the real error (DisabledException, NotFoundException), not DryRunOperationException',
  area: 'keys',
  rule: 'kms-facts §7 (DryRunOperationException only when the call would have succeeded; if it would fail, the real error comes back)',
  severity: 'required',
  needs: ['disabled-key'],
  async run(ctx) {
    const key = need(ctx.fixtures.disabled, 'disabled-key');
    const cases: Array<[string, string, string]> = [
      ['a disabled key', key.keyId, 'DisabledException'],
      ['a key id that names no key', seededUuid(ctx.seed + 1), 'NotFoundException'],
    ];
    for (const [name, keyId, type] of cases) {
      try {
        expectError(
          await ctx.send('GenerateDataKey', { KeyId: keyId, KeySpec: 'AES_256', DryRun: true }),
          [type],
        );
      } catch (error) {
        if (error instanceof CheckFailure)
          throw new CheckFailure(
            `${error.expected} for a DryRun GenerateDataKey on ${name}`,
            error.actual,
          );
        throw error;
      }
    }
    return pass();
  },
});
