/**
 * The multi-Region operations, loaded on first use: few pages or tests replicate keys, so a page
 * that sets up the mock neither downloads nor parses them (bundlers split a dynamic import into its
 * own chunk). The helpers they share with the other operations are handed to them here rather than
 * imported there: a module both the page and the chunk import would be split off into a third
 * chunk, and the page would load more, not less.
 */
import { isAsymmetricSpec } from '../../crypto/index.js';
import { kmsError } from '../../errors/index.js';
import { keyArn, partitionOf } from '../config.js';
import { toKeyMetadata } from '../key-metadata.js';
import { checkPolicyDocument, policyOf } from '../key-policy.js';
import { resolveKey } from '../resolve-key.js';
import { checkTags } from '../tag-rules.js';
import { keyPairOf } from './asymmetric-rules.js';
import type { KeyRecord } from '../../keystore/index.js';
import type { MockContext } from '../context.js';
import type { OperationImpl } from './index.js';
import { onFirstUse } from './on-first-use.js';

const helpers = {
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
};

/** What the multi-Region operations use of the rest of the mock. */
export type MultiRegionHelpers = typeof helpers;

export const replicateKey: OperationImpl<'ReplicateKey'> = onFirstUse(async () => {
  const { replicateKey } = await import('./replicate-key.js');
  return (ctx, input) => replicateKey(ctx, input, helpers);
});

export const updatePrimaryRegion: OperationImpl<'UpdatePrimaryRegion'> = onFirstUse(async () => {
  const { updatePrimaryRegion } = await import('./update-primary-region.js');
  return (ctx, input) => updatePrimaryRegion(ctx, input, helpers);
});

/** DescribeKey's MultiRegionConfiguration of a multi-Region key (multi-region.ts). */
export const multiRegionConfiguration = async (ctx: MockContext, key: KeyRecord) =>
  (await import('../multi-region.js')).multiRegionConfiguration(ctx, key, helpers);
