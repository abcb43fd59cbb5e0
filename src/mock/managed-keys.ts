import { newKeyId, newKeyMaterial } from '../crypto/index.js';
import { kmsError } from '../errors/index.js';
import { firstMaterials, type AliasRecord, type KeyRecord } from '../keystore/index.js';
import { keyArn, partitionOf } from './config.js';
import type { MockContext } from './context.js';

/**
 * AWS managed keys: the key an AWS service uses for a customer who names none, behind the
 * predefined alias `alias/aws/<service>`. KMS creates the key the first time the alias is used
 * (DescribeKey, or a cryptographic operation), lists the predefined aliases before that without a
 * TargetKeyId, and gives the key KeyManager `AWS` and a policy only AWS may change (AWS Developer
 * Guide, "AWS managed keys"; ListAliases, "AliasListEntry.TargetKeyId").
 *
 * The services: those with a predefined alias in a new account (a sample: AWS adds services).
 */
export const MANAGED_KEY_SERVICES = [
  'acm',
  'backup',
  'dynamodb',
  'ebs',
  'elasticfilesystem',
  'es',
  'glue',
  'kinesis',
  'kinesisvideo',
  'lambda',
  'rds',
  'redshift',
  's3',
  'secretsmanager',
  'sns',
  'sqs',
  'ssm',
  'xray',
] as const;

const PREFIX = 'alias/aws/';

/** The predefined alias names, in name order (how ListAliases shows them). */
export const MANAGED_ALIASES: readonly string[] = MANAGED_KEY_SERVICES.map((s) => PREFIX + s);

export function isManagedAliasName(name: string): boolean {
  return MANAGED_ALIASES.includes(name);
}

/** The AWS managed key behind `aliasName`, created on first use; undefined for other names. */
export async function managedKeyFor(
  ctx: MockContext,
  aliasName: string,
): Promise<KeyRecord | undefined> {
  if (!isManagedAliasName(aliasName)) return undefined;
  return ctx.exclusive(async () => {
    // Looked up again inside the exclusive section: two first uses at once make one key.
    const existing = await ctx.store.getAlias(aliasName);
    if (existing) return ctx.store.getKey(existing.targetKeyId);
    const material = newKeyMaterial();
    const now = ctx.now();
    const service = aliasName.slice(PREFIX.length);
    const key: KeyRecord = {
      keyId: newKeyId(),
      createdAt: now,
      // Real descriptions differ per service; this is their common form.
      description: `Default key that protects my ${service} resources when no other key is defined`,
      keyUsage: 'ENCRYPT_DECRYPT',
      keySpec: 'SYMMETRIC_DEFAULT',
      origin: 'AWS_KMS',
      keyState: 'Enabled',
      multiRegion: false,
      keyManager: 'AWS',
      materials: await firstMaterials(material),
      // AWS managed keys rotate every year, always (AWS docs: EnableKeyRotation).
      rotation: { periodInDays: 365, nextRotationDate: now + 365 * 86_400 },
    };
    const alias: AliasRecord = {
      aliasName,
      targetKeyId: key.keyId,
      createdAt: now,
      updatedAt: now,
    };
    await ctx.store.putKey(key);
    await ctx.store.putAlias(alias);
    if (key.rotation) ctx.deletions.scheduled(key.rotation.nextRotationDate);
    return key;
  });
}

/**
 * Management actions on an AWS managed key are refused as KMS refuses them: its key policy lets
 * no customer principal change it, so the call is denied by policy (AccessDeniedException). The
 * mock checks no identities, so it names the account's root as the caller.
 */
export function assertCustomerManaged(ctx: MockContext, key: KeyRecord, action: string): void {
  if (key.keyManager !== 'AWS') return;
  const { account, region } = ctx.config;
  throw kmsError(
    'AccessDeniedException',
    `User: arn:${partitionOf(region)}:iam::${account}:root is not authorized to perform: kms:${action} on resource: ${keyArn(ctx.config, key.keyId)} because no resource-based policy allows the kms:${action} action`,
  );
}

/** The same refusal for an alias under `alias/aws/`, which only AWS may point or remove. */
export function assertCustomerAlias(ctx: MockContext, aliasName: string, action: string): void {
  if (!aliasName.startsWith(PREFIX)) return;
  const { account, region } = ctx.config;
  throw kmsError(
    'AccessDeniedException',
    `User: arn:${partitionOf(region)}:iam::${account}:root is not authorized to perform: kms:${action} on resource: arn:${partitionOf(region)}:kms:${region}:${account}:${aliasName} because no resource-based policy allows the kms:${action} action`,
  );
}
