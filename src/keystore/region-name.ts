/**
 * AWS Region names as they appear in endpoints, credential scopes and ARNs: two letters, one or
 * more lowercase words, a number (`us-east-1`, `us-gov-west-1`, `ap-southeast-4`, `eu-isoe-west-1`).
 * Every door checks a region it is given against this before it becomes a store or an ARN.
 */
const REGION_NAME = /^[a-z]{2}(?:-[a-z]+){1,3}-\d{1,2}$/;

/** Whether `value` is shaped like an AWS Region name. */
export function isRegionName(value: string): boolean {
  return value.length <= 32 && REGION_NAME.test(value);
}
