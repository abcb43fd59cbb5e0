import { expectRefusal } from '../../expect.js';
import { defineCheck, pass } from '../define.js';

export default defineCheck({
  id: 'protocol.array-body',
  title: 'A JSON array body is refused with a 4xx error (not read as an object)',
  area: 'protocol',
  rule: 'A JSON array body is refused with a 4xx error reply, never read as an object',
  evidence: ['wire.json-1-1', 'wire.error-envelope'],
  tolerates: ['wire.serialization-error'],
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric }) {
    // Valid JSON, but not the object every operation takes. The array holds a request that would
    // succeed, so an endpoint reading it as {} or as its first element is caught either way.
    const reply = await ctx.send(
      'GenerateDataKey',
      {},
      {
        rawBody: JSON.stringify([{ KeyId: symmetric.keyId, KeySpec: 'AES_256' }]),
        intendedValid: false,
      },
    );
    expectRefusal(reply);
    return pass();
  },
});
