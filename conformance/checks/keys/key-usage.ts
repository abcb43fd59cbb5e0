import { expectError } from '../../expect.js';
import { CheckFailure } from '../../failure.js';
import { defineCheck, need, pass } from '../define.js';

export default defineCheck({
  id: 'keys.key-usage',
  title: 'GenerateDataKey with an RSA key or an HMAC key gets InvalidKeyUsageException',
  area: 'keys',
  rule: 'kms-facts §7 (InvalidKeyUsageException: KeyUsage not ENCRYPT_DECRYPT, or an asymmetric ENCRYPT_DECRYPT key)',
  severity: 'required',
  needs: ['asymmetric-key', 'hmac-key'],
  async run(ctx) {
    const keys = {
      'RSA_2048 ENCRYPT_DECRYPT': need(ctx.fixtures.asymmetric, 'asymmetric-key'),
      'HMAC_256 GENERATE_VERIFY_MAC': need(ctx.fixtures.hmac, 'hmac-key'),
    };
    for (const [kind, key] of Object.entries(keys)) {
      try {
        expectError(await ctx.send('GenerateDataKey', { KeyId: key.keyId, KeySpec: 'AES_256' }), [
          'InvalidKeyUsageException',
        ]);
      } catch (error) {
        if (error instanceof CheckFailure)
          throw new CheckFailure(`${error.expected} for a ${kind} key`, error.actual);
        throw error;
      }
    }
    return pass();
  },
});
