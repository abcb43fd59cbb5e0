import { expectRefusal } from '../../expect.js';
import { defineCheck, pass } from '../define.js';
import { UNKNOWN_KEY_ID } from './error-type.js';

export default defineCheck({
  id: 'protocol.malformed-json',
  title: 'A body that is not JSON is refused with a 4xx error',
  area: 'protocol',
  rule: 'A body that is not JSON is refused with a 4xx error reply',
  evidence: ['wire.json-1-1', 'wire.error-envelope'],
  tolerates: ['wire.serialization-error'],
  severity: 'required',
  async run(ctx) {
    // Truncated mid-object, as a client cut off by a proxy would send it.
    const reply = await ctx.send(
      'GenerateDataKey',
      {},
      { rawBody: `{"KeyId":"${UNKNOWN_KEY_ID}","KeySpec":`, intendedValid: false },
    );
    expectRefusal(reply);
    return pass();
  },
});
