import type { OperationInput, OperationOutput } from '../../contract/index.js';
import { kmsError } from '../../errors/index.js';
import { keyArn } from '../config.js';
import type { MockContext } from '../context.js';
import { withoutMaterial } from '../imported-material.js';
import { resolveKey } from '../resolve-key.js';
import { assertImportable } from './import-rules.js';

/**
 * Deletes imported key material, the current one unless KeyMaterialId names another: the key
 * waits as PendingImport until the same material is imported again (recorded:
 * `TestKMS::test_import_key_symmetric`, describe-key-after-deleted-import, which still names the
 * CurrentKeyMaterialId and no longer an ExpirationModel). A key pending deletion keeps its state
 * (model: DeleteImportedKeyMaterial). A key without material to delete is refused as KMS refuses
 * cryptography on it (`<key ARN> is pending import.`).
 */
export function deleteImportedKeyMaterial(
  ctx: MockContext,
  input: OperationInput<'DeleteImportedKeyMaterial'>,
): Promise<OperationOutput<'DeleteImportedKeyMaterial'>> {
  return ctx.exclusive(async () => {
    const key = await resolveKey(ctx, input.KeyId, { allowAlias: false });
    assertImportable(ctx, key, ['Enabled', 'Disabled', 'PendingImport', 'PendingDeletion']);
    const arn = keyArn(ctx.config, key.keyId);
    if (input.KeyMaterialId !== undefined && key.keySpec !== 'SYMMETRIC_DEFAULT') {
      throw kmsError(
        'ValidationException',
        'KeyMaterialId can be used only with symmetric encryption KMS keys.',
      );
    }
    const deleted = withoutMaterial(key, input.KeyMaterialId);
    if (!deleted) {
      if (input.KeyMaterialId !== undefined) {
        throw kmsError(
          'NotFoundException',
          `Key material ${input.KeyMaterialId} of ${arn} does not exist or was already deleted.`,
        );
      }
      throw kmsError('KMSInvalidStateException', `${arn} is pending import.`);
    }
    await ctx.store.putKey(deleted.record);
    return {
      KeyId: arn,
      ...(key.keySpec === 'SYMMETRIC_DEFAULT' && deleted.materialId !== undefined
        ? { KeyMaterialId: deleted.materialId }
        : {}),
    };
  });
}
