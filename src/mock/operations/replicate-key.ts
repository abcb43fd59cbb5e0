import type { OperationInput, OperationOutput } from '../../contract/index.js';
import { kmsError } from '../../errors/index.js';
import type { KeyRecord } from '../../keystore/index.js';
import { isAsymmetricSpec } from '../../crypto/index.js';
import { keyArn, partitionOf } from '../config.js';
import type { MockContext } from '../context.js';
import { toKeyMetadata } from '../key-metadata.js';
import { checkPolicyDocument, policyOf } from '../key-policy.js';
import { assertMultiRegionPrimary, multiRegionConfiguration } from '../multi-region.js';
import { resolveKey } from '../resolve-key.js';
import { checkTags } from '../tag-rules.js';
import { keyPairOf } from './asymmetric-rules.js';

/**
 * The replica of `primary` in another Region: the shared properties (key id, spec, usage, origin,
 * key material, automatic rotation) copied, the others (description, tags, policy, state) its own
 * (ReplicateKey in the AWS API Reference). A replica of imported material waits for its own import.
 */
function replicaOf(
  primary: KeyRecord,
  primaryRegion: string,
  input: OperationInput<'ReplicateKey'>,
  now: number,
): KeyRecord {
  const imported = primary.origin === 'EXTERNAL';
  return {
    keyId: primary.keyId,
    createdAt: now,
    description: input.Description ?? '',
    keyUsage: primary.keyUsage,
    keySpec: primary.keySpec,
    origin: primary.origin,
    keyState: imported ? 'PendingImport' : 'Enabled',
    multiRegion: true,
    primaryRegion,
    keyManager: 'CUSTOMER',
    ...(primary.materials && !imported ? { materials: primary.materials } : {}),
    ...(primary.rotation ? { rotation: primary.rotation } : {}),
    ...(primary.keyPair ? { keyPair: primary.keyPair } : {}),
    ...(primary.macKey ? { macKey: primary.macKey } : {}),
    ...(input.Tags
      ? { tags: input.Tags.map((t) => ({ TagKey: t.TagKey, TagValue: t.TagValue })) }
      : {}),
    ...(input.Policy !== undefined ? { policy: input.Policy } : {}),
  };
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
): Promise<OperationOutput<'ReplicateKey'>> {
  const found = await resolveKey(ctx, input.KeyId, { allowAlias: false });
  assertMultiRegionPrimary(ctx, found);
  checkTags(input.Tags);
  checkPolicyDocument(input.Policy);
  // The pair is made on first use; make it now, so the replica shares it rather than making its own.
  if (isAsymmetricSpec(found.keySpec) && found.origin === 'AWS_KMS') await keyPairOf(ctx, found);
  const region = input.ReplicaRegion;
  const target = ctx.inRegion(region);
  return ctx.exclusive(async () => {
    const primary = await resolveKey(ctx, input.KeyId, { allowAlias: false });
    const arn = keyArn(ctx.config, primary.keyId);
    if (primary.keyState === 'PendingDeletion')
      throw kmsError('KMSInvalidStateException', `${arn} is pending deletion.`);
    if (partitionOf(region) !== partitionOf(ctx.config.region)) {
      throw kmsError(
        'UnsupportedOperationException',
        `${region} is not in the partition of ${ctx.config.region}: a replica stays in its primary key's partition.`,
      );
    }
    const replicaArn = keyArn(target.config, primary.keyId);
    if (region === ctx.config.region || (await target.store.getKey(primary.keyId))) {
      throw kmsError('AlreadyExistsException', `${replicaArn} already exists`);
    }
    const replica = replicaOf(primary, ctx.config.region, input, ctx.now());
    await target.store.putKey(replica);
    const { CurrentKeyMaterialId: _current, ...metadata } = toKeyMetadata(
      target,
      { ...replica, keyState: 'Creating' },
      await multiRegionConfiguration(target, replica),
    );
    return {
      ReplicaKeyMetadata: metadata,
      ReplicaPolicy: policyOf(target.config, replica),
      ReplicaTags: replica.tags ?? [],
    };
  });
}
