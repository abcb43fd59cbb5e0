import { expectError } from '../../expect.js';
import { defineCheck, pass } from '../define.js';

export default defineCheck({
  id: 'protocol.unknown-target',
  title: 'An unknown X-Amz-Target operation gets UnknownOperationException',
  area: 'protocol',
  rule: 'kms-facts §3 (UnknownOperationException, 400; 404 accepted)',
  severity: 'required',
  async run(ctx) {
    const reply = await ctx.send('GenerateDataKeyPlease', {}, { intendedValid: false });
    expectError(reply, ['UnknownOperationException'], [400, 404]);
    return pass();
  },
});
