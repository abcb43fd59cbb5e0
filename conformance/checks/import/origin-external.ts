import { expectError } from '../../expect.js';
import { defineCheck, pass } from '../define.js';

export default defineCheck({
  id: 'import.origin-external',
  title:
    'GetParametersForImport refuses a key whose Origin is AWS_KMS (UnsupportedOperationException)',
  area: 'import',
  rule: 'Only keys of Origin EXTERNAL take imported material: GetParametersForImport of an AWS_KMS key is UnsupportedOperationException',
  evidence: ['recorded.import-origin'],
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric }) {
    expectError(
      await ctx.send('GetParametersForImport', {
        KeyId: symmetric.keyId,
        WrappingAlgorithm: 'RSAES_OAEP_SHA_256',
        WrappingKeySpec: 'RSA_2048',
      }),
      ['UnsupportedOperationException'],
    );
    return pass();
  },
});
