// Loaded on first use (multi-region-on-demand.ts), which hands it the helpers it shares.
import type { OperationInput, OperationOutput } from '../../contract/index.js';
import type { KeyRecord } from '../../keystore/index.js';
import type { MockContext } from '../context.js';
import { multiRegionConfiguration } from '../multi-region.js';
import { assertMultiRegionPrimary } from './multi-region-primary.js';
import type { MultiRegionHelpers } from './multi-region-on-demand.js';

/**
 * The replica of `primary` in another Region: the shared properties (key id, spec, usage, origin,
 * key material, automatic rotation) copied, the others (description, tags, policy, state) its own
 * (ReplicateKey in the AWS API Reference). A replica of imported material waits for its own import.
 */
function replicaOf(
  primary: KeyRecord,
  primaryRegion: string,
  input: OperationInput<'ReplicateKey'>,
  createdAt: number,
): KeyRecord {
  // Dropped: what is the primary's own (its state's dates, tags, policy, description).
  const { deletionDate: _d, pendingWindowInDays: _p, tags: _t, policy: _y, ...shared } = primary;
  const { materials, ...rest } = shared;
  const imported = primary.origin === 'EXTERNAL';
  const replica: KeyRecord = {
    ...rest,
    createdAt,
    description: input.Description ?? '',
    keyState: imported ? 'PendingImport' : 'Enabled',
    primaryRegion,
  };
  if (materials && !imported) replica.materials = materials;
  if (input.Tags) replica.tags = input.Tags;
  if (input.Policy !== undefined) replica.policy = input.Policy;
  return replica;
}

/**
 * Replicates a multi-Region primary key into `ReplicaRegion` of the same partition: one replica
 * per Region (AlreadyExistsException), never of a replica (recorded:
 * `TestKMS::test_replicate_replica_key_should_fail`). The reply shows the replica as KMS
 * recorded it a moment after the call: KeyState `Creating`, not Enabled, no CurrentKeyMaterialId
 * yet (recorded: `TestKMS::test_replicate_key`, replicate-key); the mock's replica is usable at once.
 */
export async function replicateKey(
  ctx: MockContext,
  input: OperationInput<'ReplicateKey'>,
  helpers: MultiRegionHelpers,
): Promise<OperationOutput<'ReplicateKey'>> {
  const {
    checkPolicyDocument,
    checkTags,
    isAsymmetricSpec,
    keyArn,
    keyPairOf,
    kmsError,
    partitionOf,
    policyOf,
    resolveKey,
    toKeyMetadata,
  } = helpers;
  const found = await resolveKey(ctx, input.KeyId, { allowAlias: false });
  assertMultiRegionPrimary(ctx, found, helpers);
  checkTags(input.Tags);
  checkPolicyDocument(input.Policy);
  // The pair is made on first use; make it now, so the replica shares it rather than making its own.
  if (isAsymmetricSpec(found.keySpec) && found.origin === 'AWS_KMS') await keyPairOf(ctx, found);
  const region = input.ReplicaRegion;
  const target = ctx.inRegion(region);
  return ctx.exclusive(async () => {
    const primary = await resolveKey(ctx, input.KeyId, { allowAlias: false });
    const arn = keyArn(ctx.config, primary.keyId);
    // A primary waiting for its replicas' deletion "cannot be replicated" (model: ScheduleKeyDeletion).
    if (primary.keyState === 'PendingDeletion' || primary.keyState === 'PendingReplicaDeletion')
      throw kmsError('KMSInvalidStateException', `${arn} is pending deletion.`);
    // A replica stays in its primary key's partition.
    if (partitionOf(region) !== partitionOf(ctx.config.region))
      throw kmsError('UnsupportedOperationException', `Invalid region ${region}`);
    if (region === ctx.config.region || (await target.store.getKey(primary.keyId)))
      throw kmsError(
        'AlreadyExistsException',
        `${keyArn(target.config, primary.keyId)} already exists`,
      );
    const replica = replicaOf(primary, ctx.config.region, input, ctx.now());
    await target.store.putKey(replica);
    // Imported material waiting for rotation now waits for this replica too (model:
    // RotationsListEntry.KeyMaterialState, PENDING_MULTI_REGION_IMPORT_AND_ROTATION).
    if (
      primary.origin === 'EXTERNAL' &&
      primary.materials?.some((m) => m.state === 'PENDING_ROTATION')
    ) {
      const materials = primary.materials.map((m) =>
        m.state === 'PENDING_ROTATION'
          ? { ...m, state: 'PENDING_MULTI_REGION_IMPORT_AND_ROTATION' as const }
          : m,
      );
      await ctx.store.putKey({ ...primary, materials });
    }
    const { CurrentKeyMaterialId: _current, ...metadata } = toKeyMetadata(
      target,
      { ...replica, keyState: 'Creating' },
      await multiRegionConfiguration(target, replica, helpers),
    );
    // Without tags in the request, KMS leaves ReplicaTags out (recorded: `TestKMS::test_replicate_key`).
    return {
      ReplicaKeyMetadata: metadata,
      ReplicaPolicy: policyOf(target.config, replica),
      ...(replica.tags ? { ReplicaTags: replica.tags } : {}),
    };
  });
}
