import type { OperationInput, OperationOutput } from '../../contract/index.js';
import { keyArn } from '../config.js';
import type { MockContext } from '../context.js';
import { page } from '../pagination.js';

/** Lists keys in creation order, pending-deletion keys included (evidence `docs.list-keys`). */
export async function listKeys(
  ctx: MockContext,
  input: OperationInput<'ListKeys'>,
): Promise<OperationOutput<'ListKeys'>> {
  const keys = await ctx.store.listKeys();
  const result = page(keys, input.Limit, input.Marker, 100);
  return {
    Keys: result.items.map((k) => ({ KeyId: k.keyId, KeyArn: keyArn(ctx.config, k.keyId) })),
    Truncated: result.truncated,
    ...(result.nextMarker !== undefined ? { NextMarker: result.nextMarker } : {}),
  };
}
