import { expectError } from '../../expect.js';
import { defineCheck, pass } from '../define.js';

export default defineCheck({
  id: 'keys.disabled',
  title: 'GenerateDataKey with a disabled key gets DisabledException',
  area: 'keys',
  rule: 'Crypto operations on a disabled key are refused as DisabledException',
  evidence: ['docs.key-state-table', 'recorded.disabled'],
  severity: 'required',
  needs: ['disabled-key'],
  async run(ctx, { disabled: key }) {
    expectError(await ctx.send('GenerateDataKey', { KeyId: key.keyId, KeySpec: 'AES_256' }), [
      'DisabledException',
    ]);
    return pass();
  },
});
