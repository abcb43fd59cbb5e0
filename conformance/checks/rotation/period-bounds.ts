import { expectError, expectSuccess } from '../../expect.js';
import { defineCheck, inCase, pass } from '../define.js';
import { withKey } from '../scratch.js';

export default defineCheck({
  id: 'rotation.period-bounds',
  title:
    'EnableKeyRotation takes RotationPeriodInDays 90 and 2560; 89 and 2561 get ValidationException',
  area: 'rotation',
  rule: 'RotationPeriodInDays 89 and 2561 are ValidationException; 90 and 2560 succeed',
  evidence: [
    'model.rotation-period',
    'recorded.validation-exception',
    'recorded.rotation-status-enabled',
  ],
  severity: 'required',
  needs: ['key-creation'],
  async run(ctx) {
    await withKey(ctx, {}, async (key) => {
      for (const days of [89, 2561]) {
        await inCase(`RotationPeriodInDays ${days}`, async () =>
          expectError(
            await ctx.send(
              'EnableKeyRotation',
              { KeyId: key.keyId, RotationPeriodInDays: days },
              { intendedValid: false },
            ),
            ['ValidationException'],
          ),
        );
      }
      for (const days of [90, 2560]) {
        await inCase(`RotationPeriodInDays ${days}`, async () =>
          expectSuccess(
            await ctx.send('EnableKeyRotation', { KeyId: key.keyId, RotationPeriodInDays: days }),
            'EnableKeyRotation',
          ),
        );
      }
    });
    return pass();
  },
});
