import { expectSuccess } from '../../expect.js';
import { CheckFailure } from '../../failure.js';
import type { CheckContext, KeyRef } from '../../types.js';
import { defineCheck, pass } from '../define.js';
import { withKey } from '../scratch.js';

async function statusOf(ctx: CheckContext, key: KeyRef) {
  return expectSuccess(
    await ctx.send('GetKeyRotationStatus', { KeyId: key.keyId }),
    'GetKeyRotationStatus',
    ['KeyRotationEnabled'],
  );
}

/** Off: KeyRotationEnabled false and neither a period nor a next date (evidence `recorded.rotation-status-disabled`). */
async function expectOff(ctx: CheckContext, key: KeyRef, when: string): Promise<void> {
  const status = await statusOf(ctx, key);
  const shown = ['RotationPeriodInDays', 'NextRotationDate'].filter(
    (m) => (status as Record<string, unknown>)[m] !== undefined,
  );
  if (status.KeyRotationEnabled !== false || shown.length > 0)
    throw new CheckFailure(
      `${when}: KeyRotationEnabled false, no RotationPeriodInDays or NextRotationDate`,
      `KeyRotationEnabled ${String(status.KeyRotationEnabled)}${shown.length > 0 ? `, with ${shown.join(', ')}` : ''}`,
      { operation: 'GetKeyRotationStatus', actualStatus: 200 },
    );
}

export default defineCheck({
  id: 'rotation.status-round-trip',
  title:
    'GetKeyRotationStatus follows EnableKeyRotation (with its period and a next date) and DisableKeyRotation',
  area: 'rotation',
  rule: 'A new key reports rotation off; after EnableKeyRotation with RotationPeriodInDays 180 it reports KeyRotationEnabled true, RotationPeriodInDays 180 and a NextRotationDate; after DisableKeyRotation it reports off again',
  evidence: [
    'recorded.rotation-status-enabled',
    'recorded.rotation-status-disabled',
    'docs.disable-key-rotation',
  ],
  severity: 'required',
  needs: ['key-creation'],
  async run(ctx) {
    await withKey(ctx, {}, async (key) => {
      await expectOff(ctx, key, 'a new key');
      expectSuccess(
        await ctx.send('EnableKeyRotation', { KeyId: key.keyId, RotationPeriodInDays: 180 }),
        'EnableKeyRotation',
      );
      const on = await statusOf(ctx, key);
      if (
        on.KeyRotationEnabled !== true ||
        on.RotationPeriodInDays !== 180 ||
        typeof on.NextRotationDate !== 'number'
      )
        throw new CheckFailure(
          'after EnableKeyRotation(180): KeyRotationEnabled true, RotationPeriodInDays 180, a NextRotationDate',
          `KeyRotationEnabled ${String(on.KeyRotationEnabled)}, RotationPeriodInDays ${String(on.RotationPeriodInDays)}, NextRotationDate ${String(on.NextRotationDate)}`,
          { operation: 'GetKeyRotationStatus', actualStatus: 200 },
        );
      expectSuccess(
        await ctx.send('DisableKeyRotation', { KeyId: key.keyId }),
        'DisableKeyRotation',
      );
      await expectOff(ctx, key, 'after DisableKeyRotation');
    });
    return pass();
  },
});
