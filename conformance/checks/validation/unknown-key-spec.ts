import { expectError } from '../../expect.js';
import { defineCheck, pass } from '../define.js';

/** Not DataKeySpec values: a bigger AES, a CreateKey KeySpec (real KMS once listed those in a GenerateDataKey refusal: https://github.com/boto/boto3/issues/3428), the right name in lower case. */
const UNKNOWN_SPECS = ['AES_512', 'RSA_2048', 'aes_256'];

export default defineCheck({
  id: 'validation.unknown-key-spec',
  title: 'GenerateDataKey with a KeySpec outside AES_256/AES_128 gets ValidationException',
  area: 'validation',
  rule: 'A KeySpec outside AES_256 and AES_128 is refused as ValidationException',
  evidence: ['model.data-key-spec', 'recorded.validation-exception'],
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric: key }) {
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
