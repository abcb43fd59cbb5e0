import { expectSuccess } from '../../expect.js';
import { CheckFailure } from '../../failure.js';
import { defineCheck, pass } from '../define.js';
import { requireMembers } from './members.js';

export default defineCheck({
  id: 'schema.list-keys-response',
  title:
    'A ListKeys reply validates, with Keys ({KeyId, KeyArn}), Truncated, and NextMarker when truncated',
  area: 'schema',
  rule: 'A ListKeys reply is valid against the spec; NextMarker only when Truncated',
  evidence: ['model.output-members', 'docs.list-keys'],
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx) {
    const body = expectSuccess(await ctx.send('ListKeys', {}), 'ListKeys', ['Keys', 'Truncated']);
    const keys = body.Keys ?? [];
    // The runner's own key exists, so an empty first page is no answer.
    if (keys.length === 0) throw new CheckFailure('at least one key listed', 'an empty Keys list');
    keys.forEach((entry, i) => requireMembers(`ListKeys Keys[${i}]`, entry, ['KeyId', 'KeyArn']));
    if (body.Truncated === true && body.NextMarker === undefined)
      throw new CheckFailure('NextMarker with Truncated: true', 'no NextMarker');
    return pass();
  },
});
