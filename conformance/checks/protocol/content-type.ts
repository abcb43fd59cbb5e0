import { MEDIA_TYPE } from '../../../src/codec/index.js';
import { CheckFailure } from '../../failure.js';
import type { Reply } from '../../types.js';
import { defineCheck, pass } from '../define.js';

const AMZ_JSON = MEDIA_TYPE;

/** The media type without parameters (`; charset=...` is tolerated). */
function mediaType(reply: Reply): string | undefined {
  const value = Object.entries(reply.headers).find(
    ([name]) => name.toLowerCase() === 'content-type',
  )?.[1];
  return value?.split(';')[0]?.trim().toLowerCase();
}

export default defineCheck({
  id: 'protocol.content-type',
  title: 'Success and error replies carry Content-Type application/x-amz-json-1.1',
  area: 'protocol',
  // Recommended only: the AWS SDK ignores the reply content type (evidence `wire.sdk-accepts-empty-success`).
  rule: 'Success and error replies carry Content-Type application/x-amz-json-1.1',
  evidence: ['wire.content-type'],
  severity: 'recommended',
  async run(ctx) {
    const replies: Array<[string, Reply]> = [
      ['ListKeys (success)', await ctx.send('ListKeys', {})],
      [
        'GenerateRandom NumberOfBytes 0 (error)',
        await ctx.send('GenerateRandom', { NumberOfBytes: 0 }, { intendedValid: false }),
      ],
    ];
    for (const [what, reply] of replies) {
      const type = mediaType(reply);
      if (type !== AMZ_JSON)
        throw new CheckFailure(
          `Content-Type ${AMZ_JSON} on ${what}`,
          type === undefined ? 'no Content-Type' : `Content-Type ${type}`,
        );
    }
    return pass();
  },
});
