import { expectError } from '../../expect.js';
import { defineCheck, pass } from '../define.js';

export default defineCheck({
  id: 'keys.pending-deletion',
  title:
    'GenerateDataKey with a key pending deletion gets KMSInvalidStateException (or DisabledException)',
  area: 'keys',
  rule: 'Crypto operations on a key pending deletion are refused (KMSInvalidStateException or DisabledException)',
  evidence: ['docs.key-state-table'],
  severity: 'required',
  needs: ['pending-deletion-key'],
  async run(ctx, { pendingDeletion: key }) {
    expectError(await ctx.send('GenerateDataKey', { KeyId: key.keyId, KeySpec: 'AES_256' }), [
      'KMSInvalidStateException',
      'DisabledException',
    ]);
    return pass();
  },
});
