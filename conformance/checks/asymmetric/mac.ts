import { decode, encode, expectError, expectSuccess } from '../../expect.js';
import { defineCheck, pass } from '../define.js';
import { demand } from './public-key.js';

export default defineCheck({
  id: 'asymmetric.mac',
  title: 'A MAC verifies, and one flipped bit fails with KMSInvalidMacException',
  area: 'asymmetric',
  rule: 'GenerateMac HMAC_SHA_256 gives 32 bytes that VerifyMac accepts; the same MAC with one bit flipped is KMSInvalidMacException',
  evidence: ['recorded.mac', 'recorded.bad-mac'],
  severity: 'required',
  needs: ['hmac-key'],
  async run(ctx, { hmac }) {
    const Message = encode(new TextEncoder().encode(`kms-contract ${ctx.seed} mac`));
    const request = { KeyId: hmac.keyId, Message, MacAlgorithm: 'HMAC_SHA_256' } as const;
    const made = expectSuccess(await ctx.send('GenerateMac', request), 'GenerateMac', ['Mac']);
    const mac = decode(made.Mac);
    demand(mac.length === 32, 'a 32-byte HMAC-SHA-256', `${mac.length} bytes`);
    const verified = expectSuccess(
      await ctx.send('VerifyMac', { ...request, Mac: made.Mac }),
      'VerifyMac',
      ['MacValid'],
    );
    demand(verified.MacValid === true, 'VerifyMac MacValid true', String(verified.MacValid));
    mac[mac.length - 1] = (mac[mac.length - 1] ?? 0) ^ 1;
    expectError(await ctx.send('VerifyMac', { ...request, Mac: encode(mac) }), [
      'KMSInvalidMacException',
    ]);
    return pass();
  },
});
