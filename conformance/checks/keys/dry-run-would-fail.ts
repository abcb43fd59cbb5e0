import { expectError } from '../../expect.js';
import { CheckFailure } from '../../failure.js';
import { defineCheck, pass } from '../define.js';
import { seededUuid } from '../crypto/seeded.js';

export default defineCheck({
  id: 'keys.dry-run-would-fail',
  title:
    'DryRun on a call that would fail is refused (the real error, or DryRunOperationException), never a success',
  area: 'keys',
  rule: 'A DryRun call that would fail does not succeed: a 400 error, the real one or DryRunOperationException',
  evidence: ['docs.dry-run', 'wire.client-error-400'],
  tolerates: ['inference.dry-run-would-fail'],
  severity: 'required',
  needs: ['disabled-key'],
  async run(ctx, { disabled: key }) {
    const cases: Array<[string, string, string]> = [
      ['a disabled key', key.keyId, 'DisabledException'],
      ['a key id that names no key', seededUuid(ctx.seed + 1), 'NotFoundException'],
    ];
    for (const [name, keyId, type] of cases) {
      try {
        expectError(
          await ctx.send('GenerateDataKey', { KeyId: keyId, KeySpec: 'AES_256', DryRun: true }),
          // DryRunOperationException is accepted too: that a failing dry run reports the real error is
          // documented nowhere KMS was recorded (inference.dry-run-would-fail), but it must not succeed.
          [type, 'DryRunOperationException'],
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
