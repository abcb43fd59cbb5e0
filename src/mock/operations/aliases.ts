import type { OperationInput, OperationOutput } from '../../contract/index.js';
import { kmsError } from '../../errors/index.js';
import type { AliasRecord } from '../../keystore/index.js';
import { aliasArn, keyArn } from '../config.js';
import type { MockContext } from '../context.js';
import { parseKeyReference } from '../key-reference.js';
import { page } from '../pagination.js';
import {
  assertCustomerAlias,
  assertCustomerManaged,
  isManagedAliasName,
  MANAGED_ALIASES,
} from '../managed-keys.js';
import { resolveKey } from '../resolve-key.js';

/**
 * Alias names begin with `alias/`, never `alias/aws/` (reserved for AWS managed keys), and use only
 * letters, digits, `/`, `_` and `-` (the model's pattern also admits `:`, which KMS refuses).
 */
function checkAliasName(name: string): void {
  if (!name.startsWith('alias/')) {
    throw kmsError(
      'ValidationException',
      'Alias must start with the prefix "alias/". Please see https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html',
    );
  }
  if (name.startsWith('alias/aws/'))
    throw kmsError(
      'InvalidAliasNameException',
      `Alias ${name} must not begin with alias/aws/, which is reserved for AWS managed keys.`,
    );
  if (!/^alias\/[a-zA-Z0-9/_-]+$/.test(name))
    throw kmsError(
      'InvalidAliasNameException',
      `Alias ${name} contains characters that are not allowed.`,
    );
}

export function createAlias(
  ctx: MockContext,
  input: OperationInput<'CreateAlias'>,
): Promise<OperationOutput<'CreateAlias'>> {
  return ctx.exclusive(async () => {
    checkAliasName(input.AliasName);
    const target = parseKeyReference(input.TargetKeyId);
    if (target.kind === 'alias' || target.kind === 'alias-arn')
      throw kmsError('ValidationException', 'Aliases must refer to keys. Not aliases');
    const key = await resolveKey(ctx, input.TargetKeyId, { allowAlias: false });
    assertCustomerManaged(ctx, key, 'CreateAlias');
    if (key.keyState === 'PendingDeletion')
      throw kmsError(
        'KMSInvalidStateException',
        `${keyArn(ctx.config, key.keyId)} is pending deletion.`,
      );
    if (await ctx.store.getAlias(input.AliasName)) {
      throw kmsError(
        'AlreadyExistsException',
        `An alias with the name ${aliasArn(ctx.config, input.AliasName)} already exists`,
      );
    }
    const now = ctx.now();
    await ctx.store.putAlias({
      aliasName: input.AliasName,
      targetKeyId: key.keyId,
      createdAt: now,
      updatedAt: now,
    });
    return undefined;
  });
}

export function deleteAlias(
  ctx: MockContext,
  input: OperationInput<'DeleteAlias'>,
): Promise<OperationOutput<'DeleteAlias'>> {
  return ctx.exclusive(async () => {
    assertCustomerAlias(ctx, input.AliasName, 'DeleteAlias');
    if (!(await ctx.store.deleteAlias(input.AliasName))) {
      throw kmsError(
        'NotFoundException',
        `Alias ${aliasArn(ctx.config, input.AliasName)} is not found.`,
      );
    }
    return undefined;
  });
}

/**
 * The aliases to list: the customer's in creation order, then the predefined `alias/aws/` ones,
 * each with no target until its AWS managed key exists.
 */
async function allAliases(ctx: MockContext): Promise<(AliasRecord | { aliasName: string })[]> {
  const stored = await ctx.store.listAliases();
  const byName = new Map(stored.map((a) => [a.aliasName, a]));
  return [
    ...stored.filter((a) => !isManagedAliasName(a.aliasName)),
    ...MANAGED_ALIASES.map((aliasName) => byName.get(aliasName) ?? { aliasName }),
  ];
}

/** Lists aliases, optionally only those of one key (key id or key ARN), 50 a page by default. */
export async function listAliases(
  ctx: MockContext,
  input: OperationInput<'ListAliases'>,
): Promise<OperationOutput<'ListAliases'>> {
  const only =
    input.KeyId === undefined
      ? undefined
      : (await resolveKey(ctx, input.KeyId, { allowAlias: false })).keyId;
  const aliases = (await allAliases(ctx)).filter(
    (a) => only === undefined || ('targetKeyId' in a && a.targetKeyId === only),
  );
  const result = page(aliases, input.Limit, input.Marker, 50);
  return {
    Aliases: result.items.map((a) => ({
      AliasName: a.aliasName,
      AliasArn: aliasArn(ctx.config, a.aliasName),
      ...('targetKeyId' in a
        ? { TargetKeyId: a.targetKeyId, CreationDate: a.createdAt, LastUpdatedDate: a.updatedAt }
        : {}),
    })),
    Truncated: result.truncated,
    ...(result.nextMarker !== undefined ? { NextMarker: result.nextMarker } : {}),
  };
}
