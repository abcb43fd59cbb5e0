import type { components } from '../../generated/types.js';
import { currentMaterial, type KeyRecord } from '../keystore/index.js';
import { keyArn } from './config.js';
import type { MockContext } from './context.js';
import { heldExpiry } from './imported-material.js';
import { algorithmsOf, customerMasterKeySpecOf } from './key-algorithms.js';

type KeyMetadata = components['schemas']['KeyMetadata'];
type MultiRegionConfiguration = components['schemas']['MultiRegionConfiguration'];

/**
 * The KeyMetadata of DescribeKey and CreateKey, shaped like a fresh key recorded from AWS (evidence
 * `recorded.fresh-key-metadata`). A multi-Region key shows `multiRegion` (multi-region.ts finds it
 * across Regions), or, without it, a primary key without replicas (a key just created).
 */
export function toKeyMetadata(
  ctx: MockContext,
  key: KeyRecord,
  multiRegion?: MultiRegionConfiguration,
): KeyMetadata {
  const arn = keyArn(ctx.config, key.keyId);
  const current = currentMaterial(key);
  const expiry = heldExpiry(key);
  const metadata = {
    AWSAccountId: ctx.config.account,
    KeyId: key.keyId,
    Arn: arn,
    CreationDate: key.createdAt,
    Enabled: key.keyState === 'Enabled',
    Description: key.description,
    KeyUsage: key.keyUsage,
    KeyState: key.keyState,
    Origin: key.origin,
    KeyManager: key.keyManager,
    ...customerMasterKeySpecOf(key.keySpec),
    KeySpec: key.keySpec,
    ...algorithmsOf(key.keySpec, key.keyUsage),
    MultiRegion: key.multiRegion,
    ...(key.multiRegion
      ? {
          MultiRegionConfiguration: multiRegion ?? {
            MultiRegionKeyType: 'PRIMARY',
            PrimaryKey: { Arn: arn, Region: ctx.config.region },
            ReplicaKeys: [],
          },
        }
      : {}),
    ...(key.deletionDate !== undefined ? { DeletionDate: key.deletionDate } : {}),
    // Only a multi-Region primary waiting for its replicas (PendingReplicaDeletion) shows its
    // window; any other key scheduled for deletion shows DeletionDate alone
    // (KeyMetadata.PendingDeletionWindowInDays in the model).
    ...(key.keyState === 'PendingReplicaDeletion' && key.pendingWindowInDays !== undefined
      ? { PendingDeletionWindowInDays: key.pendingWindowInDays }
      : {}),
    ...(current ? { CurrentKeyMaterialId: current.materialId } : {}),
    // Imported material has an expiration model, and a ValidTo when it expires; a key waiting for
    // its material has neither (recorded: `TestKMS::test_import_key_symmetric`,
    // describe-key-before-import and describe-key-after-deleted-import).
    ...(expiry ? { ExpirationModel: expiry.expirationModel } : {}),
    ...(expiry?.validTo !== undefined ? { ValidTo: expiry.validTo } : {}),
  };
  return metadata as KeyMetadata;
}
