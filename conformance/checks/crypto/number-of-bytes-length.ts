import fc from 'fast-check';
import { CheckFailure } from '../../failure.js';
import { decode, expectSuccess } from '../../expect.js';
import { defineCheck, pass } from '../define.js';

const RUNS = 25;

export default defineCheck({
  id: 'crypto.number-of-bytes-length',
  title: 'GenerateDataKey with NumberOfBytes n (1..1024, property-tested) gives an n-byte data key',
  area: 'crypto',
  rule: 'NumberOfBytes n makes an n-byte data key, for n from 1 to 1024',
  evidence: ['docs.generate-data-key', 'model.number-of-bytes'],
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric: key }) {
    const property = fc.asyncProperty(fc.integer({ min: 1, max: 1024 }), async (n) => {
      const made = expectSuccess(
        await ctx.send('GenerateDataKey', { KeyId: key.keyId, NumberOfBytes: n }),
        'GenerateDataKey',
        ['Plaintext'],
      );
      const got = decode(made.Plaintext).length;
      if (got !== n)
        throw new CheckFailure(`a ${n}-byte data key for NumberOfBytes ${n}`, `${got} bytes`);
    });
    // The boundaries first, then seeded draws; shrinking on failure costs about log2(1024) more requests.
    const details = await fc.check(property, {
      seed: ctx.seed,
      numRuns: RUNS,
      examples: [[1], [1024]],
    });
    if (!details.failed) return pass(`${details.numRuns} lengths`);
    // The endpoint's fault surfaces as the CheckFailure of the shrunk case; anything else is the runner's.
    if (details.errorInstance instanceof CheckFailure) throw details.errorInstance;
    throw details.errorInstance instanceof Error
      ? details.errorInstance
      : new Error(String(details.errorInstance));
  },
});
