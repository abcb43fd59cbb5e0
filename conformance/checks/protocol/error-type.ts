import { sanitizeErrorType } from '../../../src/errors/index.js';
import { detailOf } from '../../expect.js';
import { CheckFailure } from '../../failure.js';
import { defineCheck, pass } from '../define.js';

/** A well-formed key id no endpoint has: every DescribeKey of it is NotFoundException (evidence `recorded.not-found`). */
export const UNKNOWN_KEY_ID = '00000000-0000-4000-8000-00000000c0de';

export default defineCheck({
  id: 'protocol.error-type',
  title: 'Error bodies name the error in __type (a namespace prefix or :suffix is tolerated)',
  area: 'protocol',
  rule: "Error replies name the error in the body's __type (a namespace or :suffix is tolerated) with a 4xx status",
  evidence: ['wire.error-envelope', 'recorded.not-found', 'recorded.validation-exception'],
  severity: 'required',
  async run(ctx) {
    const probes = [
      {
        want: 'NotFoundException',
        reply: await ctx.send('DescribeKey', { KeyId: UNKNOWN_KEY_ID }),
      },
      {
        want: 'ValidationException',
        reply: await ctx.send('GenerateRandom', { NumberOfBytes: 0 }, { intendedValid: false }),
      },
    ];
    for (const { want, reply } of probes) {
      // The body member itself: Reply.errorType would also accept `code` or x-amzn-ErrorType.
      const raw =
        typeof reply.json === 'object' && reply.json !== null
          ? (reply.json as Record<string, unknown>)['__type']
          : undefined;
      const name = typeof raw === 'string' ? sanitizeErrorType(raw) : undefined;
      if (reply.status < 400 || reply.status > 499 || name !== want) {
        throw new CheckFailure(
          `a 4xx body with "__type": "${want}"`,
          `HTTP ${reply.status} ${reply.text.slice(0, 200) || '(empty body)'}`,
          {
            ...detailOf(reply),
            kind: reply.status >= 400 ? 'error-type' : 'status',
            expectedType: [want],
          },
        );
      }
    }
    return pass();
  },
});
