import { expectSuccess } from '../../expect.js';
import { CheckFailure } from '../../failure.js';
import { defineCheck, pass } from '../define.js';
import { requireMembers } from './members.js';

export default defineCheck({
  id: 'schema.list-aliases-response',
  title:
    'A ListAliases reply validates, with Aliases ({AliasName, AliasArn, TargetKeyId}) and Truncated',
  area: 'schema',
  rule: "A ListAliases reply is valid against the spec and lists the run's alias",
  evidence: ['model.output-members', 'docs.list-aliases'],
  severity: 'required',
  needs: ['alias'],
  async run(ctx, { alias }) {
    const body = expectSuccess(
      await ctx.send('ListAliases', { KeyId: alias.target.keyId }),
      'ListAliases',
      ['Aliases', 'Truncated'],
    );
    const entries = (body.Aliases ?? []).map((entry, i) =>
      requireMembers(`ListAliases Aliases[${i}]`, entry, ['AliasName', 'AliasArn']),
    );
    // Filtered by its customer managed target, the runner's alias must be listed with that target.
    const ours = entries.find((entry) => entry['AliasName'] === alias.name);
    if (!ours)
      throw new CheckFailure(`an entry for ${alias.name}`, `${entries.length} entries without it`);
    requireMembers(`ListAliases entry ${alias.name}`, ours, ['TargetKeyId']);
    if (body.Truncated === true && body.NextMarker === undefined)
      throw new CheckFailure('NextMarker with Truncated: true', 'no NextMarker');
    return pass();
  },
});
