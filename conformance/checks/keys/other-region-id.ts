import { expectError } from '../../expect.js';
import { defineCheck, pass } from '../define.js';

/** A region other than the run's, to sign a probe for. */
export function otherRegion(region: string): string {
  return region === 'us-west-2' ? 'eu-west-1' : 'us-west-2';
}

export default defineCheck({
  id: 'keys.other-region-id',
  title: 'A key lives in one region: its bare id asked of another region gets NotFoundException',
  area: 'keys',
  rule: 'DescribeKey of a key’s bare id, signed for another region, is NotFoundException',
  evidence: ['recorded.other-region-id'],
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric }) {
    // The same endpoint, signed for another region: the region a request is for is its scope's.
    expectError(
      await ctx.send(
        'DescribeKey',
        { KeyId: symmetric.keyId },
        { region: otherRegion(ctx.region) },
      ),
      ['NotFoundException'],
    );
    return pass();
  },
});
