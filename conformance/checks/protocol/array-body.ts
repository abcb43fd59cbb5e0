import { expectError } from '../../expect.js';
import { defineCheck, pass } from '../define.js';
import { UNKNOWN_KEY_ID } from './error-type.js';

export default defineCheck({
  id: 'protocol.array-body',
  title: 'A JSON array body gets SerializationException (400)',
  area: 'protocol',
  rule: 'kms-facts §1 (Body: one JSON object), §3 (SerializationException, 400)',
  severity: 'required',
  async run(ctx) {
    // Valid JSON, but not the object every operation takes: an endpoint must not read it as {}.
    const reply = await ctx.send(
      'GenerateDataKey',
      {},
      {
        rawBody: JSON.stringify([{ KeyId: UNKNOWN_KEY_ID, KeySpec: 'AES_256' }]),
        intendedValid: false,
      },
    );
    expectError(reply, ['SerializationException']);
    return pass();
  },
});
