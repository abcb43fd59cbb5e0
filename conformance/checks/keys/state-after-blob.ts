import { expectError, expectSuccess } from '../../expect.js';
import { defineCheck, inCase, pass } from '../define.js';
import { withKey } from '../scratch.js';

export default defineCheck({
  id: 'keys.state-after-blob',
  title:
    'Decrypt and ReEncrypt of a blob whose key is now disabled or pending deletion are refused (DisabledException, KMSInvalidStateException)',
  area: 'keys',
  rule: 'A ciphertext made while its key was enabled no longer opens once the key is Disabled (DisabledException) or PendingDeletion (KMSInvalidStateException, or DisabledException)',
  evidence: ['docs.key-state-table', 'recorded.disabled'],
  severity: 'required',
  needs: ['key-creation', 'symmetric-key'],
  async run(ctx, { symmetric }) {
    await withKey(ctx, {}, async (key) => {
      const made = expectSuccess(
        await ctx.send('GenerateDataKey', { KeyId: key.keyId, KeySpec: 'AES_256' }),
        'GenerateDataKey',
        ['CiphertextBlob'],
      );
      const open = () => ctx.send('Decrypt', { CiphertextBlob: made.CiphertextBlob });
      const move = () =>
        ctx.send('ReEncrypt', {
          CiphertextBlob: made.CiphertextBlob,
          DestinationKeyId: symmetric.keyId,
        });
      expectSuccess(await ctx.send('DisableKey', { KeyId: key.keyId }), 'DisableKey');
      await inCase('Decrypt after DisableKey', async () =>
        expectError(await open(), ['DisabledException']),
      );
      await inCase('ReEncrypt after DisableKey', async () =>
        expectError(await move(), ['DisabledException']),
      );
      expectSuccess(
        await ctx.send('ScheduleKeyDeletion', { KeyId: key.keyId, PendingWindowInDays: 7 }),
        'ScheduleKeyDeletion',
      );
      const pending = ['KMSInvalidStateException', 'DisabledException'];
      await inCase('Decrypt after ScheduleKeyDeletion', async () =>
        expectError(await open(), pending),
      );
      await inCase('ReEncrypt after ScheduleKeyDeletion', async () =>
        expectError(await move(), pending),
      );
    });
    return pass();
  },
});
