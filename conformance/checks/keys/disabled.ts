import { expectError } from '../../expect.js';
import { defineCheck, need, pass } from '../define.js';

export default defineCheck({
  id: 'keys.disabled',
  title: 'GenerateDataKey with a disabled key gets DisabledException',
  area: 'keys',
  rule: 'kms-facts §12 (key states and crypto operations)',
  severity: 'required',
  needs: ['disabled-key'],
  async run(ctx) {
    const key = need(ctx.fixtures.disabled, 'disabled-key');
    expectError(await ctx.send('GenerateDataKey', { KeyId: key.keyId, KeySpec: 'AES_256' }), [
      'DisabledException',
    ]);
    return pass();
  },
});
