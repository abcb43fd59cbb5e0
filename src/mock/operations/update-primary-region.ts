// Loaded on first use (multi-region-on-demand.ts), which hands it the helpers it shares.
import type { OperationInput, OperationOutput } from '../../contract/index.js';
import type { MockContext } from '../context.js';
import { relatedKeys } from '../multi-region.js';
import { assertMultiRegionPrimary } from './multi-region-primary.js';
import type { MultiRegionHelpers } from './multi-region-on-demand.js';

/**
 * Makes the replica in `PrimaryRegion` the primary key and the current primary (named by `KeyId`,
 * in the Region of the request) a replica (UpdatePrimaryRegion in the AWS API Reference). Every
 * copy then names the new primary Region. KMS takes a few seconds in the transient `Updating`
 * state; the mock's change is whole when the call returns. Naming the Region that is already
 * primary changes nothing.
 */
export function updatePrimaryRegion(
  ctx: MockContext,
  input: OperationInput<'UpdatePrimaryRegion'>,
  helpers: MultiRegionHelpers,
): Promise<OperationOutput<'UpdatePrimaryRegion'>> {
  const { keyArn, kmsError, resolveKey } = helpers;
  return ctx.exclusive(async () => {
    const primary = await resolveKey(ctx, input.KeyId, { allowAlias: false });
    assertMultiRegionPrimary(ctx, primary, helpers);
    const next = input.PrimaryRegion;
    if (next === ctx.config.region) return undefined;
    const related = await relatedKeys(ctx, primary.keyId, helpers);
    if (!related.some(([region]) => region === next)) {
      throw kmsError(
        'NotFoundException',
        `Key '${keyArn(ctx.inRegion(next).config, primary.keyId)}' does not exist`,
      );
    }
    for (const [region, key] of related) {
      const { primaryRegion: _old, ...rest } = key;
      const store = ctx.inRegion(region).store;
      await store.putKey(region === next ? rest : { ...rest, primaryRegion: next });
      // The new primary makes the automatic rotations its replicas share from now on.
      if (region === next && rest.rotation)
        ctx.inRegion(next).deletions.scheduled(rest.rotation.nextRotationDate);
    }
    return undefined;
  });
}
