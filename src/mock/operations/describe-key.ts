import type { OperationInput, OperationOutput } from '../../contract/index.js';
import type { MockContext } from '../context.js';
import { toKeyMetadata } from '../key-metadata.js';
import { multiRegionConfiguration } from './multi-region-on-demand.js';
import { resolveKey } from '../resolve-key.js';

/**
 * Works in every key state and with all four identifier forms (evidence `docs.key-state-table`,
 * `docs.key-id-forms`); a multi-Region key shows its primary and every replica.
 */
export async function describeKey(
  ctx: MockContext,
  input: OperationInput<'DescribeKey'>,
): Promise<OperationOutput<'DescribeKey'>> {
  const key = await resolveKey(ctx, input.KeyId, { allowAlias: true });
  const multiRegion = key.multiRegion ? await multiRegionConfiguration(ctx, key) : undefined;
  return { KeyMetadata: toKeyMetadata(ctx, key, multiRegion) };
}
