import { detailOf } from '../../expect.js';
import { CheckFailure } from '../../failure.js';
import { defineCheck, pass } from '../define.js';

export default defineCheck({
  id: 'protocol.success-status',
  title: 'A valid GenerateDataKey request is answered with HTTP 200',
  area: 'protocol',
  rule: 'A valid call is answered with exactly HTTP 200',
  evidence: ['wire.success-200'],
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric: key }) {
    const reply = await ctx.send('GenerateDataKey', { KeyId: key.keyId, KeySpec: 'AES_256' });
    // Exactly 200: the SDK treats any 2xx as success, but AWS JSON 1.1 answers 200 and nothing else.
    if (reply.status !== 200)
      throw new CheckFailure('HTTP 200', `HTTP ${reply.status} ${reply.errorType ?? ''}`.trim(), {
        ...detailOf(reply),
        kind: 'status',
        expectedStatus: [200],
      });
    return pass();
  },
});
