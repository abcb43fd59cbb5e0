import { expectError } from '../../expect.js';
import { CheckFailure } from '../../failure.js';
import { defineCheck, pass } from '../define.js';

export default defineCheck({
  id: 'keys.key-usage',
  title: 'GenerateDataKey with an RSA key or an HMAC key gets InvalidKeyUsageException',
  area: 'keys',
  rule: 'GenerateDataKey with an RSA or an HMAC key is refused as InvalidKeyUsageException',
  evidence: ['model.invalid-key-usage', 'recorded.key-usage'],
  severity: 'required',
  needs: ['asymmetric-key', 'hmac-key'],
  async run(ctx, { asymmetric, hmac }) {
    const keys = {
      'RSA_2048 ENCRYPT_DECRYPT': asymmetric,
      'HMAC_256 GENERATE_VERIFY_MAC': hmac,
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
