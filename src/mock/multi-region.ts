import type { components } from '../../generated/types.js';
import type { KeyRecord } from '../keystore/index.js';
import type * as Config from './config.js';
import type { MockContext } from './context.js';

/** Loaded on first use (operations/multi-region-on-demand.ts), which hands it these. */
type Arns = Pick<typeof Config, 'keyArn' | 'partitionOf'>;

type MultiRegionConfiguration = components['schemas']['MultiRegionConfiguration'];

/**
 * Multi-Region keys: one key id in several Regions of a partition, one of them the primary, all
 * sharing key material (AWS Developer Guide, "Multi-Region keys"; recorded:
 * `TestKMS::test_replicate_key`). Each Region's store holds its own copy; a replica's record names
 * the primary's Region, and the set is found by looking the key id up in every Region.
 */

/** The Region of the primary key of the multi-Region key `key` (seen in `ctx`'s Region). */
export function primaryRegionOf(ctx: MockContext, key: KeyRecord): string {
  return key.primaryRegion ?? ctx.config.region;
}

/** The copies of `keyId` in every Region of the same partition, `[region, record]`. */
export async function relatedKeys(
  ctx: MockContext,
  keyId: string,
  { partitionOf }: Arns,
): Promise<Array<[string, KeyRecord]>> {
  const partition = partitionOf(ctx.config.region);
  const found: Array<[string, KeyRecord]> = [];
  for (const region of await ctx.regions()) {
    if (partitionOf(region) !== partition) continue;
    const key = await ctx.inRegion(region).store.getKey(keyId);
    if (key?.multiRegion) found.push([region, key]);
  }
  return found;
}

/** DescribeKey's MultiRegionConfiguration: the primary, and every replica, as recorded. */
export async function multiRegionConfiguration(
  ctx: MockContext,
  key: KeyRecord,
  arns: Arns,
): Promise<MultiRegionConfiguration> {
  const primary = primaryRegionOf(ctx, key);
  const arnIn = (region: string) => arns.keyArn(ctx.inRegion(region).config, key.keyId);
  const replicas = (await relatedKeys(ctx, key.keyId, arns))
    .map(([region]) => region)
    .filter((region) => region !== primary);
  return {
    MultiRegionKeyType: primary === ctx.config.region ? 'PRIMARY' : 'REPLICA',
    PrimaryKey: { Arn: arnIn(primary), Region: primary },
    ReplicaKeys: replicas.map((region) => ({ Arn: arnIn(region), Region: region })),
  };
}
