import { expectError } from '../../expect.js';
import { seededUuid } from '../crypto/seeded.js';
import { defineCheck, inCase, pass } from '../define.js';
import { granteeOf } from './grant.js';

export default defineCheck({
  id: 'grants.unknown-key',
  title: 'CreateGrant and ListGrants of a key that does not exist get NotFoundException',
  area: 'grants',
  rule: 'CreateGrant and ListGrants naming no key, by a well-formed key id or by a string that is no key id at all, are refused as NotFoundException',
  // LocalStack's tests with KeyId "invalid" ran against AWS (evidence `sdk.validated-grant-unknown-key`).
  evidence: ['model.grant-not-found', 'recorded.not-found', 'recorded.key-id-not-validated'],
  severity: 'required',
  async run(ctx) {
    const ids: Array<[string, string]> = [
      ['a well-formed key id that names no key', seededUuid(ctx.seed + 2)],
      ['a KeyId that is no key id', 'kms-contract-no-such-key'],
    ];
    // A principal of the run's account when a key shows it, so only the key is wrong.
    const grantee = ctx.fixtures.symmetric
      ? granteeOf(ctx.fixtures.symmetric)
      : 'arn:aws:iam::111122223333:root';
    for (const [what, keyId] of ids) {
      await inCase(`CreateGrant with ${what}`, async () =>
        expectError(
          await ctx.send('CreateGrant', {
            KeyId: keyId,
            GranteePrincipal: grantee,
            Operations: ['Encrypt', 'Decrypt'],
          }),
          ['NotFoundException'],
        ),
      );
      await inCase(`ListGrants with ${what}`, async () =>
        expectError(await ctx.send('ListGrants', { KeyId: keyId }), ['NotFoundException']),
      );
    }
    return pass();
  },
});
