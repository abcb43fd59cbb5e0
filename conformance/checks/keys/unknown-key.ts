import { expectError } from '../../expect.js';
import { defineCheck, pass } from '../define.js';
import { seededUuid } from '../crypto/seeded.js';

export default defineCheck({
  id: 'keys.unknown-key',
  title: 'GenerateDataKey with a well-formed key id that names no key gets NotFoundException',
  area: 'keys',
  rule: 'A well-formed key id that names no key is refused as NotFoundException (400)',
  evidence: ['recorded.not-found', 'wire.client-error-400'],
  severity: 'required',
  async run(ctx) {
    expectError(
      await ctx.send('GenerateDataKey', { KeyId: seededUuid(ctx.seed), KeySpec: 'AES_256' }),
      ['NotFoundException'],
    );
    return pass();
  },
});
