import { expectSuccess } from '../../expect.js';
import { defineCheck, need, pass } from '../define.js';

export default defineCheck({
  id: 'schema.no-output-replies',
  title: 'DisableKey and EnableKey answer 200 with an empty body or {}',
  area: 'schema',
  rule: 'kms-facts §1 (No output: HTTP 200, empty body; clients also accept {}); §9 (EnableKey/DisableKey output: none)',
  severity: 'required',
  needs: ['second-key'],
  async run(ctx) {
    const key = need(ctx.fixtures.second, 'second-key');
    // Both are sent before either is judged, so the shared key ends Enabled whatever the verdict.
    const disabled = await ctx.send('DisableKey', { KeyId: key.keyId });
    const enabled = await ctx.send('EnableKey', { KeyId: key.keyId });
    expectSuccess(disabled, 'DisableKey');
    expectSuccess(enabled, 'EnableKey');
    return pass();
  },
});
