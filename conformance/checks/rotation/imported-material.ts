import { expectError } from '../../expect.js';
import { defineCheck, pass } from '../define.js';
import { withKey } from '../scratch.js';

export default defineCheck({
  id: 'rotation.imported-material',
  title:
    'RotateKeyOnDemand of a key waiting for imported key material gets KMSInvalidStateException',
  area: 'rotation',
  rule: 'A key made with Origin EXTERNAL and no key material imported (PendingImport) cannot rotate on demand: KMSInvalidStateException',
  evidence: ['recorded.rotate-pending-import'],
  severity: 'required',
  needs: ['key-creation'],
  async run(ctx) {
    await withKey(ctx, { Origin: 'EXTERNAL' }, async (key) => {
      expectError(await ctx.send('RotateKeyOnDemand', { KeyId: key.keyId }), [
        'KMSInvalidStateException',
      ]);
    });
    return pass();
  },
});
