import { expectRefusal } from '../../expect.js';
import { defineCheck, pass } from '../define.js';

export default defineCheck({
  id: 'protocol.missing-target',
  title: 'A request without X-Amz-Target is refused with a 4xx error',
  area: 'protocol',
  rule: 'A request without X-Amz-Target is refused with a 4xx error reply',
  evidence: ['wire.json-1-1', 'wire.error-envelope'],
  tolerates: ['wire.unknown-operation'],
  severity: 'required',
  async run(ctx) {
    const reply = await ctx.send(
      'GenerateDataKey',
      {},
      { headers: { 'x-amz-target': null }, intendedValid: false },
    );
    expectRefusal(reply);
    return pass();
  },
});
