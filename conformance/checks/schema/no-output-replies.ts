import { expectSuccess } from '../../expect.js';
import { defineCheck, pass } from '../define.js';

export default defineCheck({
  id: 'schema.no-output-replies',
  title: 'DisableKey and EnableKey answer 200 with an empty body or {}',
  area: 'schema',
  rule: 'Operations without output answer 200 with an empty body or {}',
  evidence: ['wire.no-output'],
  severity: 'required',
  needs: ['second-key'],
  async run(ctx, { second: key }) {
    // Both are sent before either is judged, so the shared key ends Enabled whatever the verdict.
    const disabled = await ctx.send('DisableKey', { KeyId: key.keyId });
    const enabled = await ctx.send('EnableKey', { KeyId: key.keyId });
    expectSuccess(disabled, 'DisableKey');
    expectSuccess(enabled, 'EnableKey');
    return pass();
  },
});
