import { expectSuccess } from '../../expect.js';
import { CheckFailure } from '../../failure.js';
import type { CheckContext, KeyRef } from '../../types.js';
import { requireMembers } from '../schema/members.js';

const MATERIAL_ID = /^[a-f0-9]{64}$/;

/** DescribeKey's CurrentKeyMaterialId, which a symmetric key always shows (evidence `recorded.rotation-changes-material`). */
export async function currentMaterialId(ctx: CheckContext, key: KeyRef): Promise<string> {
  const reply = await ctx.send('DescribeKey', { KeyId: key.keyId });
  const body = expectSuccess(reply, 'DescribeKey', ['KeyMetadata']);
  const metadata = requireMembers('DescribeKey KeyMetadata', body.KeyMetadata, [
    'CurrentKeyMaterialId',
  ]);
  return materialIdIn('DescribeKey CurrentKeyMaterialId', metadata['CurrentKeyMaterialId']);
}

/** A KeyMaterialId as KMS writes it: 64 lowercase hex digits (BackingKeyIdType). */
export function materialIdIn(where: string, value: unknown): string {
  if (typeof value !== 'string' || !MATERIAL_ID.test(value))
    throw new CheckFailure(
      `${where}: 64 hex digits`,
      value === undefined ? 'absent' : JSON.stringify(value),
    );
  return value;
}

/** How long to wait for an on-demand rotation KMS runs in the background, and how often to look. */
const SETTLE_TRIES = 30;
const SETTLE_PAUSE_MS = 2000;

/**
 * RotateKeyOnDemand, then waits while GetKeyRotationStatus still shows OnDemandRotationStartDate
 * (KMS rotates in the background; the model's GetKeyRotationStatusResponse documentation). An
 * endpoint that rotates at once answers without it the first time, so no time is spent.
 */
export async function rotateOnDemand(ctx: CheckContext, key: KeyRef): Promise<void> {
  expectSuccess(await ctx.send('RotateKeyOnDemand', { KeyId: key.keyId }), 'RotateKeyOnDemand', [
    'KeyId',
  ]);
  for (let i = 0; i < SETTLE_TRIES; i += 1) {
    const status = expectSuccess(
      await ctx.send('GetKeyRotationStatus', { KeyId: key.keyId }),
      'GetKeyRotationStatus',
    );
    if (status.OnDemandRotationStartDate === undefined) return;
    await new Promise((resolve) => setTimeout(resolve, SETTLE_PAUSE_MS));
  }
  throw new CheckFailure(
    'the on-demand rotation completes within a minute',
    'GetKeyRotationStatus still shows OnDemandRotationStartDate',
    { operation: 'GetKeyRotationStatus', actualStatus: 200 },
  );
}
