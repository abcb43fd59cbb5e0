import { expectSuccess } from '../../expect.js';
import { CheckFailure } from '../../failure.js';
import { defineCheck, need, pass } from '../define.js';
import { requireMembers } from './members.js';

export default defineCheck({
  id: 'schema.list-keys-response',
  title:
    'A ListKeys reply validates, with Keys ({KeyId, KeyArn}), Truncated, and NextMarker when truncated',
  area: 'schema',
  rule: 'spec: #/components/schemas/ListKeysResponse; kms-facts §10 (NextMarker is present only when Truncated is true)',
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx) {
    need(ctx.fixtures.symmetric, 'symmetric-key');
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
