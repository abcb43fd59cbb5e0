import { encode, expectError } from '../../expect.js';
import { defineCheck, inCase, pass } from '../define.js';

export default defineCheck({
  id: 'asymmetric.mac-algorithm',
  title: 'A MAC algorithm of another HMAC key spec is InvalidKeyUsageException',
  area: 'asymmetric',
  rule: 'GenerateMac and VerifyMac with HMAC_SHA_512 on an HMAC_256 key are InvalidKeyUsageException',
  evidence: ['recorded.mac-algorithm'],
  severity: 'required',
  needs: ['hmac-key'],
  async run(ctx, { hmac }) {
    const request = {
      KeyId: hmac.keyId,
      Message: encode(new Uint8Array([1, 2, 3])),
      MacAlgorithm: 'HMAC_SHA_512',
    } as const;
    await inCase('GenerateMac', async () =>
      expectError(await ctx.send('GenerateMac', request), ['InvalidKeyUsageException']),
    );
    await inCase('VerifyMac', async () =>
      expectError(await ctx.send('VerifyMac', { ...request, Mac: encode(new Uint8Array(64)) }), [
        'InvalidKeyUsageException',
      ]),
    );
    return pass();
  },
});
