import { kmsError } from '../../errors/index.js';
import type { KeyRecord } from '../../keystore/index.js';
import { keyArn } from '../config.js';
import type { MockContext } from '../context.js';

/**
 * Tags and the description of a key pending deletion cannot change: KMS answers
 * KMSInvalidStateException `<ARN> is pending deletion.` (AWS docs: key states,
 * https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html).
 */
export function assertChangeable(ctx: MockContext, key: KeyRecord): void {
  if (key.keyState === 'PendingDeletion' || key.keyState === 'PendingReplicaDeletion')
    throw kmsError(
      'KMSInvalidStateException',
      `${keyArn(ctx.config, key.keyId)} is pending deletion.`,
    );
}
