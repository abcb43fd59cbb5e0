import { expectError } from '../../expect.js';
import { defineCheck, pass } from '../define.js';
import { UNKNOWN_KEY_ID } from './error-type.js';

export default defineCheck({
  id: 'protocol.malformed-json',
  title: 'A body that is not JSON gets SerializationException (400)',
  area: 'protocol',
  rule: 'kms-facts §3 (body not valid JSON → SerializationException, 400)',
  severity: 'required',
  async run(ctx) {
    // Truncated mid-object, as a client cut off by a proxy would send it.
    const reply = await ctx.send(
      'GenerateDataKey',
      {},
      { rawBody: `{"KeyId":"${UNKNOWN_KEY_ID}","KeySpec":`, intendedValid: false },
    );
    expectError(reply, ['SerializationException']);
    return pass();
  },
});
