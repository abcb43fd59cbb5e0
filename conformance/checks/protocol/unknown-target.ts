import { expectRefusal } from '../../expect.js';
import { defineCheck, pass } from '../define.js';

export default defineCheck({
  id: 'protocol.unknown-target',
  title: 'An unknown X-Amz-Target operation is refused with a 4xx error',
  area: 'protocol',
  rule: 'An X-Amz-Target naming no operation is refused with a 4xx error reply',
  evidence: ['wire.json-1-1', 'wire.error-envelope'],
  tolerates: ['wire.unknown-operation'],
  severity: 'required',
  async run(ctx) {
    const reply = await ctx.send('GenerateDataKeyPlease', {}, { intendedValid: false });
    expectRefusal(reply);
    return pass();
  },
});
