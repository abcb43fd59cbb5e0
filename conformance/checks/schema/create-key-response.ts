import { expectSuccess } from '../../expect.js';
import { CheckSkipped } from '../../failure.js';
import { defineCheck, pass } from '../define.js';
import { KEY_METADATA_MEMBERS, requireMembers } from './members.js';

export default defineCheck({
  id: 'schema.create-key-response',
  title: 'A CreateKey reply validates against the spec, with a full KeyMetadata',
  area: 'schema',
  rule: 'A CreateKey reply is valid against the spec and carries the KeyMetadata a real key has',
  evidence: ['model.output-members', 'recorded.fresh-key-metadata'],
  severity: 'required',
  async run(ctx) {
    const reply = await ctx.send('CreateKey', {
      Description: 'kms-contract conformance schema probe (scheduled for deletion)',
    });
    // Credentials that may use keys but not create them (a --key-id run against real KMS) prove nothing here.
    if (reply.errorType === 'AccessDeniedException')
      throw new CheckSkipped('the credentials may not create keys (AccessDeniedException)');
    // Clean up before judging, so a failing reply does not leave the key behind; best effort, as the runner's teardown.
    const keyId = (reply.json as { KeyMetadata?: { KeyId?: unknown } } | undefined)?.KeyMetadata
      ?.KeyId;
    if (reply.status === 200 && typeof keyId === 'string')
      await ctx.send('ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 7 });
    const body = expectSuccess(reply, 'CreateKey', ['KeyMetadata']);
    requireMembers('CreateKey KeyMetadata', body.KeyMetadata, KEY_METADATA_MEMBERS);
    return pass();
  },
});
