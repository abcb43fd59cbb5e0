import type { OperationInput, OperationOutput } from '../../contract/index.js';
import type { MockContext } from '../context.js';
import { resolveKey } from '../resolve-key.js';

/**
 * The key's last successful cryptographic operation and its time, tracked from the later of the
 * engine's start and the key's creation (model: `GetKeyLastUsageResponse.TrackingStartDate`).
 * `KeyLastUsage` is empty until the key is used (model: `GetKeyLastUsageResponse.KeyLastUsage`).
 * `KeyId` is the bare key id, as `KeyMetadata.KeyId` (both "the globally unique identifier for the
 * KMS key" in the model). Any key state is answered (the model lists no KMSInvalidStateException); alias names are not
 * accepted (model: `GetKeyLastUsageRequest.KeyId`).
 */
export async function getKeyLastUsage(
  ctx: MockContext,
  input: OperationInput<'GetKeyLastUsage'>,
): Promise<OperationOutput<'GetKeyLastUsage'>> {
  const key = await resolveKey(ctx, input.KeyId, { allowAlias: false });
  const use = ctx.usage.last(key.keyId);
  return {
    KeyId: key.keyId,
    KeyLastUsage: use ? { Operation: use.operation, Timestamp: use.at } : {},
    TrackingStartDate: Math.max(ctx.usage.trackingSince, key.createdAt),
    KeyCreationDate: key.createdAt,
  };
}
