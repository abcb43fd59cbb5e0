/**
 * AWS Region names as they appear in endpoints, credential scopes and ARNs (`us-east-1`,
 * `us-gov-west-1`, `eu-isoe-west-1`): the model's `RegionType` (1 to 32 characters,
 * `^([a-z]+-){2,3}\d+$`). Every door checks a region it is given against this before it becomes a
 * store or an ARN.
 */
const REGION_NAME = /^(?:[a-z]+-){2,3}\d+$/;

/** Whether `value` is an AWS Region name as the model's `RegionType` defines it. */
export function isRegionName(value: string): boolean {
  return value.length <= 32 && REGION_NAME.test(value);
}
