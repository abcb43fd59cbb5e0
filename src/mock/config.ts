/** Where the mock pretends to live: it decides every ARN it hands out (evidence `docs.key-id-forms`). */
export interface MockConfig {
  region: string;
  account: string;
}

export const DEFAULT_CONFIG: MockConfig = { region: 'us-east-1', account: '111122223333' };

/** The ARN partition of a Region: `aws-cn` for `cn-*`, `aws-us-gov` for `us-gov-*`, else `aws`. */
export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

export function keyArn(config: MockConfig, keyId: string): string {
  return `arn:${partitionOf(config.region)}:kms:${config.region}:${config.account}:key/${keyId}`;
}

export function aliasArn(config: MockConfig, aliasName: string): string {
  return `arn:${partitionOf(config.region)}:kms:${config.region}:${config.account}:${aliasName}`;
}
