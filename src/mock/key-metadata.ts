import type { components } from '../../generated/types.js';
import type { KeyRecord } from '../keystore/index.js';
import { keyArn } from './config.js';
import type { MockContext } from './context.js';
import { algorithmsOf } from './key-algorithms.js';

type KeyMetadata = components['schemas']['KeyMetadata'];

/** The KeyMetadata of DescribeKey and CreateKey, shaped like a fresh key recorded from AWS (kms-facts §9). */
export function toKeyMetadata(ctx: MockContext, key: KeyRecord): KeyMetadata {
  const arn = keyArn(ctx.config, key.keyId);
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
    CustomerMasterKeySpec: key.keySpec,
    KeySpec: key.keySpec,
    ...algorithmsOf(key.keySpec, key.keyUsage),
    MultiRegion: key.multiRegion,
    ...(key.multiRegion
      ? {
          MultiRegionConfiguration: {
            MultiRegionKeyType: 'PRIMARY',
            PrimaryKey: { Arn: arn, Region: ctx.config.region },
            ReplicaKeys: [],
          },
        }
      : {}),
    ...(key.deletionDate !== undefined ? { DeletionDate: key.deletionDate } : {}),
    ...(key.pendingWindowInDays !== undefined
      ? { PendingDeletionWindowInDays: key.pendingWindowInDays }
      : {}),
    ...(key.materialId !== undefined ? { CurrentKeyMaterialId: key.materialId } : {}),
    ...(key.origin === 'EXTERNAL' ? { ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE' } : {}),
  };
  return metadata as KeyMetadata;
}
