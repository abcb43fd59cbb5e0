import { CheckFailure } from '../../failure.js';
import { expectError } from '../../expect.js';
import { defineCheck, pass } from '../define.js';
import { seededUuid } from '../crypto/seeded.js';

export default defineCheck({
  id: 'messages.not-found-names-arn',
  title: "NotFoundException for an unknown key id says Key '<key ARN>' does not exist",
  area: 'messages',
  rule: 'The NotFoundException message names the key ARN even for a bare key id',
  evidence: ['recorded.not-found'],
  severity: 'recommended',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric: key }) {
    const missing = seededUuid(ctx.seed + 2);
    // The ARN the endpoint would give that id: its own partition, region and account, from a key it made.
    const arn = key.arn.replace(/:key\/[^:]*$/, `:key/${missing}`);
    const reply = await ctx.send('GenerateDataKey', { KeyId: missing, KeySpec: 'AES_256' });
    expectError(reply, ['NotFoundException']);
    const want = `Key '${arn}' does not exist`;
    if (reply.errorMessage !== want)
      throw new CheckFailure(
        `message ${JSON.stringify(want)}`,
        `message ${JSON.stringify(reply.errorMessage ?? null)}`,
      );
    return pass();
  },
});
