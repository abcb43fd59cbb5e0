import { expectError } from '../../expect.js';
import { defineCheck, need, pass } from '../define.js';

export default defineCheck({
  id: 'keys.pending-deletion',
  title:
    'GenerateDataKey with a key pending deletion gets KMSInvalidStateException (or DisabledException)',
  area: 'keys',
  rule: 'kms-facts §12 (PendingDeletion: the AWS key-state table lists both errors), §16 (which one today: unknown)',
  severity: 'required',
  needs: ['pending-deletion-key'],
  async run(ctx) {
    const key = need(ctx.fixtures.pendingDeletion, 'pending-deletion-key');
    expectError(await ctx.send('GenerateDataKey', { KeyId: key.keyId, KeySpec: 'AES_256' }), [
      'KMSInvalidStateException',
      'DisabledException',
    ]);
    return pass();
  },
});
