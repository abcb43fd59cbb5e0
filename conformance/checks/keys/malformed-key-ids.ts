import { expectError } from '../../expect.js';
import { defineCheck, inCase, pass } from '../define.js';

export default defineCheck({
  id: 'keys.malformed-key-ids',
  title:
    'Key ids in no valid form, and a key ARN of another account, get NotFoundException (not ValidationException)',
  area: 'keys',
  rule: 'DescribeKey of 32 hex digits without dashes, of mrk- with a bad suffix, or of a key ARN naming another account is NotFoundException',
  evidence: [
    'recorded.invalid-key-id-forms',
    'recorded.not-found-mrk',
    'recorded.key-id-not-validated',
    'docs.other-account-arn',
  ],
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric }) {
    const parts = symmetric.arn.split(':');
    parts[4] = parts[4] === '999999999999' ? '888888888888' : '999999999999';
    const cases: Array<[string, string]> = [
      ['32 hex digits without dashes', '134f2428cec14b25a1ae9048164dba47'],
      ['mrk- with a suffix that is not 32 hex digits', 'mrk-fake-key-id'],
      ['a key ARN naming another account', parts.join(':')],
      ['a well-formed mrk- id that names no key', 'mrk-0000000000004000800000000000c0de'],
    ];
    for (const [what, keyId] of cases)
      await inCase(what, async () =>
        expectError(await ctx.send('DescribeKey', { KeyId: keyId }), ['NotFoundException']),
      );
    return pass();
  },
});
