import { expectError, expectSuccess } from '../../expect.js';
import { CheckFailure } from '../../failure.js';
import { defineCheck, pass } from '../define.js';
import { withKey } from '../scratch.js';

/** On-demand rotations a key may have (evidence `docs.rotate-key-on-demand`). */
const LIMIT = 25;

export default defineCheck({
  id: 'rotation.on-demand-limit',
  title: 'A key rotates on demand 25 times; the 26th is LimitExceededException with KMS message',
  area: 'rotation',
  rule: "25 RotateKeyOnDemand calls on one key succeed; the next is LimitExceededException, 'The on-demand rotations limit has been reached for the given keyId. No more on-demand rotations can be performed for this key: <key ARN>'",
  evidence: ['docs.rotate-key-on-demand', 'recorded.rotation-limit'],
  // It spends 26 rotations of a scratch key, and the count has changed before.
  severity: 'recommended',
  needs: ['key-creation'],
  async run(ctx) {
    await withKey(ctx, {}, async (key) => {
      for (let i = 1; i <= LIMIT; i += 1) {
        const reply = await ctx.send('RotateKeyOnDemand', { KeyId: key.keyId });
        if (reply.status !== 200)
          throw new CheckFailure(
            `on-demand rotation ${i} of ${LIMIT} succeeds`,
            `HTTP ${reply.status} ${reply.errorType ?? ''}`,
            { operation: 'RotateKeyOnDemand', actualStatus: reply.status },
          );
        expectSuccess(reply, 'RotateKeyOnDemand');
      }
      const refused = await ctx.send('RotateKeyOnDemand', { KeyId: key.keyId });
      expectError(refused, ['LimitExceededException']);
      const want = `The on-demand rotations limit has been reached for the given keyId. No more on-demand rotations can be performed for this key: ${key.arn}`;
      if (refused.errorMessage !== want)
        throw new CheckFailure(want, refused.errorMessage ?? '(no message)', {
          operation: 'RotateKeyOnDemand',
          actualStatus: refused.status,
          actualType: 'LimitExceededException',
        });
    });
    return pass();
  },
});
