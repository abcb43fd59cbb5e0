import type { OperationInput, OperationOutput } from '../../contract/index.js';
import { kmsError } from '../../errors/index.js';
import { aliasArn, keyArn } from '../config.js';
import type { MockContext } from '../context.js';
import { parseKeyReference } from '../key-reference.js';
import { resolveKey } from '../resolve-key.js';

/**
 * Points an existing alias at another key. As with CreateAlias the target is a key id or key ARN,
 * not pending deletion; the new key must have the same key usage as the current one (AWS docs:
 * https://docs.aws.amazon.com/kms/latest/APIReference/API_UpdateAlias.html).
 */
export function updateAlias(
  ctx: MockContext,
  input: OperationInput<'UpdateAlias'>,
): Promise<OperationOutput<'UpdateAlias'>> {
  return ctx.exclusive(async () => {
    const alias = await ctx.store.getAlias(input.AliasName);
    if (!alias)
      throw kmsError(
        'NotFoundException',
        `Alias ${aliasArn(ctx.config, input.AliasName)} is not found.`,
      );
    const target = parseKeyReference(input.TargetKeyId);
    if (target.kind === 'alias' || target.kind === 'alias-arn')
      throw kmsError('ValidationException', 'Aliases must refer to keys. Not aliases');
    const key = await resolveKey(ctx, input.TargetKeyId, { allowAlias: false });
    const arn = keyArn(ctx.config, key.keyId);
    if (key.keyState === 'PendingDeletion')
      throw kmsError('KMSInvalidStateException', `${arn} is pending deletion.`);
    const current = await ctx.store.getKey(alias.targetKeyId);
    if (current && current.keyUsage !== key.keyUsage)
      throw kmsError(
        'ValidationException',
        `${arn} key usage is ${key.keyUsage}, but the alias's current key usage is ${current.keyUsage}.`,
      );
    await ctx.store.putAlias({ ...alias, targetKeyId: key.keyId, updatedAt: ctx.now() });
    return undefined;
  });
}
