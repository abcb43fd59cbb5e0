import { expectError } from '../../expect.js';
import { defineCheck, need, pass } from '../define.js';

/** Not DataKeySpec values: a bigger AES, a CreateKey KeySpec (the enum real KMS once confused, kms-facts §11), the right name in lower case. */
const UNKNOWN_SPECS = ['AES_512', 'RSA_2048', 'aes_256'];

export default defineCheck({
  id: 'validation.unknown-key-spec',
  title: 'GenerateDataKey with a KeySpec outside AES_256/AES_128 gets ValidationException',
  area: 'validation',
  rule: 'spec: #/components/schemas/DataKeySpec (enum); kms-facts §6, §7 (KeySpec not in enum → ValidationException)',
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx) {
    const key = need(ctx.fixtures.symmetric, 'symmetric-key');
    for (const spec of UNKNOWN_SPECS) {
      expectError(
        await ctx.send(
          'GenerateDataKey',
          { KeyId: key.keyId, KeySpec: spec },
          { intendedValid: false },
        ),
        ['ValidationException'],
      );
    }
    return pass();
  },
});
