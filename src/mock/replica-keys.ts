/**
 * The replicas of a multi-Region primary key, found without the multi-Region operations
 * (multi-region.ts loads on first use, with ReplicateKey): deletion, rotation and the sweeper need
 * them on every page. A replica shares its primary's key material and automatic rotation status,
 * KMS keeping them in step (AWS API Reference, ReplicateKey: "shared properties").
 */
import { kmsError } from '../errors/index.js';
import type { KeyRecord, KeyStore } from '../keystore/index.js';
import { keyArn, partitionOf } from './config.js';
import type { MockContext } from './context.js';

/** What finding replicas needs of a context: its Region, and the stores of the others. */
export type RegionReach = Pick<MockContext, 'config' | 'regions'> & {
  inRegion(region: string): { store: KeyStore };
};

/** A multi-Region replica: its record names its primary's Region. */
export const isReplica = (key: KeyRecord): boolean => key.primaryRegion !== undefined;

/** The replicas of the multi-Region primary `key` of `ctx`'s Region, `[region, record]`; none for any other key. */
export async function replicasOf(
  ctx: RegionReach,
  key: KeyRecord,
): Promise<Array<[string, KeyRecord]>> {
  if (!key.multiRegion || isReplica(key)) return [];
  const here = ctx.config.region;
  const found: Array<[string, KeyRecord]> = [];
  for (const region of await ctx.regions()) {
    if (region === here || partitionOf(region) !== partitionOf(here)) continue;
    const replica = await ctx.inRegion(region).store.getKey(key.keyId);
    if (replica?.multiRegion && replica.primaryRegion === here) found.push([region, replica]);
  }
  return found;
}

/**
 * Automatic rotation is managed on the primary key only (AWS Developer Guide, "Managing
 * multi-Region keys"; the model's EnableKeyRotation: "set the property on the primary key"), and
 * on-demand rotation is invoked on the primary (model: RotateKeyOnDemand). No recording shows the
 * refusal on a replica; the mock gives the one KMS gives for the other primary-only operation on a
 * replica (recorded: `TestKMS::test_replicate_replica_key_should_fail`).
 */
export function assertNotReplica(ctx: MockContext, key: KeyRecord): void {
  if (!isReplica(key)) return;
  throw kmsError(
    'UnsupportedOperationException',
    `${keyArn(ctx.config, key.keyId)} is not a multi-region primary key.`,
  );
}

/**
 * Gives every replica of `primary` its key material (KMS-made material only: a replica of imported
 * material holds what was imported into it) and its automatic rotation setting, after a rotation or
 * a change of schedule.
 */
export async function shareRotation(ctx: RegionReach, primary: KeyRecord): Promise<void> {
  for (const [region, replica] of await replicasOf(ctx, primary)) {
    const { rotation: _old, ...rest } = replica;
    const shared: KeyRecord = {
      ...rest,
      ...(primary.rotation ? { rotation: primary.rotation } : {}),
    };
    if (primary.origin === 'AWS_KMS' && primary.materials) shared.materials = primary.materials;
    await ctx.inRegion(region).store.putKey(shared);
  }
}
