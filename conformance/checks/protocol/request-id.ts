import { CheckFailure } from '../../failure.js';
import type { Reply } from '../../types.js';
import { defineCheck, pass } from '../define.js';
import { UNKNOWN_KEY_ID } from './error-type.js';

function requestId(reply: Reply): string | undefined {
  return Object.entries(reply.headers).find(
    ([name]) => name.toLowerCase() === 'x-amzn-requestid',
  )?.[1];
}

export default defineCheck({
  id: 'protocol.request-id',
  title: 'Success and error replies carry an x-amzn-RequestId header',
  area: 'protocol',
  // Recommended: an AWS convention the recordings cannot show (they keep no headers).
  rule: 'Success and error replies carry an x-amzn-RequestId header',
  evidence: ['wire.request-id'],
  severity: 'recommended',
  async run(ctx) {
    const replies: Array<[string, Reply]> = [
      ['ListKeys (success)', await ctx.send('ListKeys', {})],
      [
        'DescribeKey of an unknown key (error)',
        await ctx.send('DescribeKey', { KeyId: UNKNOWN_KEY_ID }),
      ],
    ];
    for (const [what, reply] of replies) {
      if (!requestId(reply))
        throw new CheckFailure(`x-amzn-RequestId on ${what}`, `HTTP ${reply.status} without it`);
    }
    return pass();
  },
});
