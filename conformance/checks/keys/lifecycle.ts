import { expectError, expectSuccess } from '../../expect.js';
import { CheckFailure } from '../../failure.js';
import type { CheckContext, KeyRef } from '../../types.js';
import { defineCheck, inCase, pass } from '../define.js';
import { withKey } from '../scratch.js';
import { requireMembers } from '../schema/members.js';

async function metadataOf(ctx: CheckContext, key: KeyRef): Promise<Record<string, unknown>> {
  const reply = await ctx.send('DescribeKey', { KeyId: key.keyId });
  const body = expectSuccess(reply, 'DescribeKey', ['KeyMetadata']);
  return requireMembers('DescribeKey KeyMetadata', body.KeyMetadata, ['KeyState', 'Enabled']);
}

function expectState(
  where: string,
  metadata: Record<string, unknown>,
  want: { KeyState: string; Enabled: boolean; DeletionDate: boolean },
): void {
  const got = {
    KeyState: metadata['KeyState'],
    Enabled: metadata['Enabled'],
    DeletionDate: metadata['DeletionDate'] !== undefined,
  };
  if (
    got.KeyState !== want.KeyState ||
    got.Enabled !== want.Enabled ||
    got.DeletionDate !== want.DeletionDate
  )
    throw new CheckFailure(
      `${where}: KeyState ${want.KeyState}, Enabled ${want.Enabled}, ${want.DeletionDate ? 'a' : 'no'} DeletionDate`,
      `KeyState ${String(got.KeyState)}, Enabled ${String(got.Enabled)}, ${got.DeletionDate ? 'a' : 'no'} DeletionDate`,
      { operation: 'DescribeKey', actualStatus: 200 },
    );
}

export default defineCheck({
  id: 'keys.lifecycle',
  title:
    'ScheduleKeyDeletion makes a key PendingDeletion (disabled, with a DeletionDate); scheduling twice is refused; CancelKeyDeletion leaves it Disabled',
  area: 'keys',
  rule: 'After ScheduleKeyDeletion DescribeKey shows PendingDeletion, Enabled false and a DeletionDate; a second ScheduleKeyDeletion is KMSInvalidStateException; CancelKeyDeletion leaves the key Disabled with no DeletionDate',
  evidence: ['docs.schedule-key-deletion', 'docs.cancel-key-deletion', 'docs.key-state-table'],
  severity: 'required',
  needs: ['key-creation'],
  async run(ctx) {
    await withKey(ctx, {}, async (key) => {
      const scheduled = await ctx.send('ScheduleKeyDeletion', {
        KeyId: key.keyId,
        PendingWindowInDays: 7,
      });
      expectSuccess(scheduled, 'ScheduleKeyDeletion');
      expectState('after ScheduleKeyDeletion', await metadataOf(ctx, key), {
        KeyState: 'PendingDeletion',
        Enabled: false,
        DeletionDate: true,
      });
      await inCase('a second ScheduleKeyDeletion', async () =>
        expectError(
          await ctx.send('ScheduleKeyDeletion', { KeyId: key.keyId, PendingWindowInDays: 7 }),
          ['KMSInvalidStateException'],
        ),
      );
      const cancelled = await ctx.send('CancelKeyDeletion', { KeyId: key.keyId });
      expectSuccess(cancelled, 'CancelKeyDeletion');
      expectState('after CancelKeyDeletion', await metadataOf(ctx, key), {
        KeyState: 'Disabled',
        Enabled: false,
        DeletionDate: false,
      });
    });
    return pass();
  },
});
