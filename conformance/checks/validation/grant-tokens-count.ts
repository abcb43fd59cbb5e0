import { expectError } from '../../expect.js';
import { CheckFailure } from '../../failure.js';
import { defineCheck, pass } from '../define.js';
import { limits } from './limits.js';

const tokens = (n: number) => Array.from({ length: n }, (_, i) => `kms-contract-grant-token-${i}`);

export default defineCheck({
  id: 'validation.grant-tokens-count',
  title: '11 grant tokens get ValidationException; 10 pass validation',
  area: 'validation',
  rule: 'More than 10 grant tokens are refused as ValidationException; 10 are never refused for their count',
  evidence: ['model.grant-token-list', 'recorded.validation-exception', 'docs.grant-tokens'],
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric: key }) {
    const over = await ctx.send(
      'GenerateDataKey',
      { KeyId: key.keyId, KeySpec: 'AES_256', GrantTokens: tokens(limits.grantTokens.max + 1) },
      { intendedValid: false },
    );
    expectError(over, ['ValidationException']);
    // Made-up tokens may be refused as tokens (InvalidGrantTokenException, evidence `docs.grant-tokens`), but never by count.
    const most = await ctx.send('GenerateDataKey', {
      KeyId: key.keyId,
      KeySpec: 'AES_256',
      GrantTokens: tokens(limits.grantTokens.max),
    });
    if (most.status !== 200 && most.errorType !== 'InvalidGrantTokenException') {
      throw new CheckFailure(
        `HTTP 200 (or InvalidGrantTokenException) for ${limits.grantTokens.max} grant tokens`,
        `HTTP ${most.status} ${most.errorType ?? ''}`.trim(),
      );
    }
    return pass();
  },
});
