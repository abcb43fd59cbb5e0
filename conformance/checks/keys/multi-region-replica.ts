import { decode, expectError, expectSuccess } from '../../expect.js';
import { CheckFailure } from '../../failure.js';
import type { CheckContext, KeyRef } from '../../types.js';
import { sameBytes } from '../bytes.js';
import { defineCheck, inCase, pass } from '../define.js';
import { withKey } from '../scratch.js';
import { requireMembers } from '../schema/members.js';
import { otherRegion } from './other-region-id.js';

/** A replica is `Creating` for a few seconds after ReplicateKey (evidence `recorded.replicate-key`). */
async function waitUntilEnabled(ctx: CheckContext, key: KeyRef, region: string): Promise<void> {
  let state: unknown;
  for (let attempt = 0; attempt < 20; attempt++) {
    const reply = await ctx.send('DescribeKey', { KeyId: key.keyId }, { region });
    const body = expectSuccess(reply, 'DescribeKey', ['KeyMetadata']);
    state = requireMembers('DescribeKey KeyMetadata', body.KeyMetadata, ['KeyState'])['KeyState'];
    if (state === 'Enabled') return;
    if (state !== 'Creating') break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new CheckFailure(
    `the replica in ${region} Enabled once it is created`,
    `KeyState ${String(state)}`,
    { operation: 'DescribeKey', actualStatus: 200 },
  );
}

/** Seals a data key in `from` and opens it in `to`: the same bytes back. */
async function crossRegionRoundTrip(
  ctx: CheckContext,
  key: KeyRef,
  from: string,
  to: string,
): Promise<void> {
  const context = { purpose: 'kms-contract multi-Region check' };
  const made = expectSuccess(
    await ctx.send(
      'GenerateDataKey',
      { KeyId: key.keyId, KeySpec: 'AES_256', EncryptionContext: context },
      { region: from },
    ),
    'GenerateDataKey',
    ['CiphertextBlob', 'Plaintext'],
  );
  const opened = expectSuccess(
    await ctx.send(
      'Decrypt',
      { CiphertextBlob: made.CiphertextBlob, EncryptionContext: context },
      { region: to },
    ),
    'Decrypt',
    ['Plaintext'],
  );
  if (!sameBytes(decode(opened.Plaintext), decode(made.Plaintext)))
    throw new CheckFailure(
      `Decrypt in ${to} returns the data key GenerateDataKey gave in ${from}`,
      'different bytes',
      { operation: 'Decrypt', actualStatus: 200 },
    );
}

export default defineCheck({
  id: 'keys.multi-region-replica',
  title:
    'A replica of a multi-Region key has its id and key material: each Region decrypts what the other encrypted',
  area: 'keys',
  rule: 'ReplicateKey makes a REPLICA with the primary key id in the other Region of one endpoint; a data key made in either Region opens in the other; a replica cannot be replicated (UnsupportedOperationException)',
  evidence: ['recorded.replicate-key', 'docs.replicate-key', 'recorded.replicate-replica'],
  severity: 'required',
  needs: ['key-creation'],
  async run(ctx) {
    const replicaRegion = otherRegion(ctx.region);
    await withKey(ctx, { MultiRegion: true }, async (key) => {
      const replicated = expectSuccess(
        await ctx.send('ReplicateKey', { KeyId: key.keyId, ReplicaRegion: replicaRegion }),
        'ReplicateKey',
        ['ReplicaKeyMetadata'],
      );
      try {
        const metadata = requireMembers(
          'ReplicateKey ReplicaKeyMetadata',
          replicated.ReplicaKeyMetadata,
          ['KeyId', 'Arn'],
        );
        if (
          metadata['KeyId'] !== key.keyId ||
          !String(metadata['Arn']).includes(`:${replicaRegion}:`)
        )
          throw new CheckFailure(
            `a replica with KeyId ${key.keyId} and an ARN in ${replicaRegion}`,
            `KeyId ${String(metadata['KeyId'])}, Arn ${String(metadata['Arn'])}`,
            { operation: 'ReplicateKey', actualStatus: 200 },
          );
        await waitUntilEnabled(ctx, key, replicaRegion);
        const described = expectSuccess(
          await ctx.send('DescribeKey', { KeyId: key.keyId }, { region: replicaRegion }),
          'DescribeKey',
          ['KeyMetadata'],
        );
        const config = requireMembers('DescribeKey KeyMetadata', described.KeyMetadata, [
          'MultiRegionConfiguration',
        ])['MultiRegionConfiguration'] as {
          MultiRegionKeyType?: unknown;
          PrimaryKey?: { Region?: unknown };
        };
        if (config.MultiRegionKeyType !== 'REPLICA' || config.PrimaryKey?.Region !== ctx.region)
          throw new CheckFailure(
            `MultiRegionKeyType REPLICA with its primary in ${ctx.region}`,
            `MultiRegionKeyType ${String(config.MultiRegionKeyType)}, primary in ${String(config.PrimaryKey?.Region)}`,
            { operation: 'DescribeKey', actualStatus: 200 },
          );
        await inCase(`a data key made in ${ctx.region}`, () =>
          crossRegionRoundTrip(ctx, key, ctx.region, replicaRegion),
        );
        await inCase(`a data key made in ${replicaRegion}`, () =>
          crossRegionRoundTrip(ctx, key, replicaRegion, ctx.region),
        );
        await inCase('ReplicateKey of the replica', async () =>
          expectError(
            await ctx.send(
              'ReplicateKey',
              { KeyId: key.keyId, ReplicaRegion: ctx.region },
              { region: replicaRegion },
            ),
            ['UnsupportedOperationException'],
          ),
        );
      } finally {
        try {
          await ctx.send(
            'ScheduleKeyDeletion',
            { KeyId: key.keyId, PendingWindowInDays: 7 },
            { region: replicaRegion },
          );
        } catch {
          // cleanup only
        }
      }
    });
    return pass();
  },
});
