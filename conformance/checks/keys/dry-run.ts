import { expectError } from '../../expect.js';
import { CheckFailure } from '../../failure.js';
import { dataKey } from '../data-key.js';
import { defineCheck, pass } from '../define.js';

export default defineCheck({
  id: 'keys.dry-run',
  title:
    'DryRun on GenerateDataKey, and on Decrypt of a valid blob, gets DryRunOperationException instead of a result',
  area: 'keys',
  rule: 'A DryRun call that would succeed is answered DryRunOperationException (400) and changes nothing',
  evidence: ['docs.dry-run', 'recorded.dry-run'],
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric: key }) {
    const steps: Array<[string, () => Promise<void>]> = [
      [
        'GenerateDataKey with DryRun',
        async () =>
          expectError(
            await ctx.send('GenerateDataKey', {
              KeyId: key.keyId,
              KeySpec: 'AES_256',
              DryRun: true,
            }),
            ['DryRunOperationException'],
          ),
      ],
      [
        'Decrypt of a valid blob with DryRun',
        async () => {
          const made = await dataKey(ctx, key, ['CiphertextBlob']);
          expectError(
            await ctx.send('Decrypt', { CiphertextBlob: made.CiphertextBlob, DryRun: true }),
            ['DryRunOperationException'],
          );
        },
      ],
    ];
    for (const [name, step] of steps) {
      try {
        await step();
      } catch (error) {
        if (error instanceof CheckFailure)
          throw new CheckFailure(`${error.expected} for ${name}`, error.actual);
        throw error;
      }
    }
    return pass();
  },
});
