import { expectError } from '../../expect.js';
import { defineCheck, inCase, pass } from '../define.js';
import { withKey } from '../scratch.js';

export default defineCheck({
  id: 'keys.pending-import',
  title:
    'A key of Origin EXTERNAL with no key material yet is refused for crypto (KMSInvalidStateException)',
  area: 'keys',
  rule: 'An EXTERNAL key starts PendingImport; Encrypt and GenerateDataKey with it are KMSInvalidStateException',
  evidence: ['recorded.pending-import', 'docs.key-state-table'],
  severity: 'required',
  needs: ['key-creation'],
  async run(ctx) {
    await withKey(ctx, { Origin: 'EXTERNAL' }, async (key) => {
      await inCase('Encrypt', async () =>
        expectError(await ctx.send('Encrypt', { KeyId: key.keyId, Plaintext: 'AAECAw==' }), [
          'KMSInvalidStateException',
        ]),
      );
      await inCase('GenerateDataKey', async () =>
        expectError(await ctx.send('GenerateDataKey', { KeyId: key.keyId, KeySpec: 'AES_256' }), [
          'KMSInvalidStateException',
        ]),
      );
    });
    return pass();
  },
});
