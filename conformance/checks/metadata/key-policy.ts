import { expectRefusal, expectSuccess } from '../../expect.js';
import { CheckFailure } from '../../failure.js';
import type { CheckContext } from '../../types.js';
import { defineCheck, inCase, pass } from '../define.js';
import { withKey } from '../scratch.js';

/** The policy document GetKeyPolicy returns, parsed; a reply that is not a JSON object fails. */
async function policyOf(ctx: CheckContext, keyId: string, body = {}): Promise<unknown> {
  const reply = expectSuccess(
    await ctx.send('GetKeyPolicy', { KeyId: keyId, ...body }),
    'GetKeyPolicy',
    ['Policy'],
  );
  try {
    const parsed: unknown = JSON.parse(String(reply.Policy));
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed;
  } catch {
    // reported below
  }
  throw new CheckFailure(
    'GetKeyPolicy Policy: a JSON policy document',
    String(reply.Policy).slice(0, 200),
    {
      operation: 'GetKeyPolicy',
      actualStatus: 200,
      kind: 'content',
    },
  );
}

/**
 * A key policy that keeps the account in control (so no lockout safety check refuses it, and the
 * runner can still manage the key): the default policy's one statement under a Sid of the run's.
 */
function policyFor(arn: string, sid: string): Record<string, unknown> {
  const [, partition = 'aws', , , account = ''] = arn.split(':');
  return {
    Version: '2012-10-17',
    Id: `kms-contract-${sid}`,
    Statement: [
      {
        Sid: sid,
        Effect: 'Allow',
        Principal: { AWS: `arn:${partition}:iam::${account}:root` },
        Action: 'kms:*',
        Resource: '*',
      },
    ],
  };
}

export default defineCheck({
  id: 'metadata.key-policy',
  title:
    'A key has one key policy, named default: ListKeyPolicies lists it, GetKeyPolicy returns a JSON document, and PutKeyPolicy replaces it',
  area: 'metadata',
  rule: 'ListKeyPolicies of a key lists exactly ["default"]; GetKeyPolicy (PolicyName default, or left out) returns a JSON policy document; after PutKeyPolicy, GetKeyPolicy returns the document put; another PolicyName is refused',
  evidence: ['docs.key-policy-round-trip', 'model.key-policy-name', 'model.list-key-policies'],
  severity: 'required',
  needs: ['key-creation'],
  async run(ctx) {
    await withKey(ctx, {}, async (key) => {
      const listed = expectSuccess(
        await ctx.send('ListKeyPolicies', { KeyId: key.keyId }),
        'ListKeyPolicies',
        ['PolicyNames'],
      );
      if (JSON.stringify(listed.PolicyNames) !== '["default"]')
        throw new CheckFailure(
          'ListKeyPolicies PolicyNames ["default"]',
          JSON.stringify(listed.PolicyNames),
          {
            operation: 'ListKeyPolicies',
            actualStatus: 200,
            kind: 'content',
          },
        );
      await inCase('the key policy before PutKeyPolicy', () => policyOf(ctx, key.keyId));
      const sid = `KmsContract${ctx.seed.toString(36)}${Date.now().toString(36)}`;
      const put = policyFor(key.arn, sid);
      expectSuccess(
        await ctx.send('PutKeyPolicy', {
          KeyId: key.keyId,
          PolicyName: 'default',
          Policy: JSON.stringify(put, null, 2),
        }),
        'PutKeyPolicy',
      );
      for (const body of [{}, { PolicyName: 'default' }]) {
        const got = await policyOf(ctx, key.keyId, body);
        if (JSON.stringify(got) !== JSON.stringify(put))
          throw new CheckFailure(
            `GetKeyPolicy after PutKeyPolicy: the document put (Sid ${sid})`,
            JSON.stringify(got).slice(0, 200),
            { operation: 'GetKeyPolicy', actualStatus: 200, kind: 'content' },
          );
      }
      await inCase('GetKeyPolicy of the policy name other', async () =>
        expectRefusal(await ctx.send('GetKeyPolicy', { KeyId: key.keyId, PolicyName: 'other' })),
      );
    });
    return pass();
  },
});
