// Loaded on first use with the multi-Region operations (multi-region-on-demand.ts).
import type { KeyRecord } from '../../keystore/index.js';
import type { MockContext } from '../context.js';
import { primaryRegionOf } from '../multi-region.js';
import type { MultiRegionHelpers } from './multi-region-on-demand.js';

/**
 * ReplicateKey and UpdatePrimaryRegion act on a multi-Region primary key only (recorded:
 * `TestKMS::test_replicate_replica_key_should_fail`, `<key ARN> is not a multi-region primary key.`).
 */
export function assertMultiRegionPrimary(
  ctx: MockContext,
  key: KeyRecord,
  { keyArn, kmsError }: MultiRegionHelpers,
): void {
  if (key.multiRegion && primaryRegionOf(ctx, key) === ctx.config.region) return;
  throw kmsError(
    'UnsupportedOperationException',
    `${keyArn(ctx.config, key.keyId)} is not a multi-region primary key.`,
  );
}
