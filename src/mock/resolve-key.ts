import { kmsError } from '../errors/index.js';
import type { KeyRecord } from '../keystore/index.js';
import { aliasArn, keyArn, partitionOf } from './config.js';
import type { MockContext } from './context.js';
import { parseKeyReference } from './key-reference.js';
import { managedKeyFor } from './managed-keys.js';

export interface ResolveOptions {
  /** Alias names and alias ARNs are accepted only by some operations (evidence `docs.key-id-forms` table). */
  allowAlias: boolean;
}

/**
 * Finds the key a request names, or throws the NotFoundException real KMS sends (evidence `docs.key-id-forms`, `docs.blob-opaque`):
 * `Invalid keyId '<v>'` for a malformed value, `Invalid arn <region>` for an ARN of another Region,
 * `Key '<key ARN>' does not exist`, `Alias <alias ARN> is not found.`
 */
export async function resolveKey(
  ctx: MockContext,
  value: string,
  options: ResolveOptions,
): Promise<KeyRecord> {
  const ref = parseKeyReference(value);
  if (ref.kind === 'invalid') throw kmsError('NotFoundException', `Invalid keyId '${value}'`);
  if (ref.kind === 'key-arn' || ref.kind === 'alias-arn') {
    if (ref.region !== ctx.config.region || ref.partition !== partitionOf(ctx.config.region)) {
      throw kmsError('NotFoundException', `Invalid arn ${ref.region}`);
    }
    if (ref.account !== ctx.config.account)
      throw kmsError('NotFoundException', `Key '${value}' does not exist`);
  }
  if ((ref.kind === 'alias' || ref.kind === 'alias-arn') && !options.allowAlias) {
    throw kmsError('NotFoundException', `Invalid keyId '${value}'`);
  }
  let keyId: string;
  if (ref.kind === 'alias' || ref.kind === 'alias-arn') {
    const alias =
      (await ctx.store.getAlias(ref.aliasName)) ??
      (await managedKeyFor(ctx, ref.aliasName).then((key) => key && { targetKeyId: key.keyId }));
    if (!alias)
      throw kmsError(
        'NotFoundException',
        `Alias ${aliasArn(ctx.config, ref.aliasName)} is not found.`,
      );
    keyId = alias.targetKeyId;
  } else {
    keyId = ref.keyId;
  }
  const key = await ctx.store.getKey(keyId);
  if (!key)
    throw kmsError('NotFoundException', `Key '${keyArn(ctx.config, keyId)}' does not exist`);
  return key;
}
