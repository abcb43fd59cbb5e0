/** A region name is DNS labels only: anything else in a host name could point a client elsewhere. */
const REGION = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The regional KMS endpoint: `https://kms.<region>.amazonaws.com/`, and `amazonaws.com.cn` for the
 * China regions (`cn-*`, the aws-cn partition, evidence `recorded.other-region-arn`). Throws a `TypeError` for a string
 * that is not a region name.
 *
 * @example
 * defaultEndpoint('eu-west-1')  // 'https://kms.eu-west-1.amazonaws.com/'
 * defaultEndpoint('cn-north-1') // 'https://kms.cn-north-1.amazonaws.com.cn/'
 */
export function defaultEndpoint(region: string): string {
  if (!REGION.test(region)) throw new TypeError(`Not a region name: ${JSON.stringify(region)}`);
  const domain = region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
  return `https://kms.${region}.${domain}/`;
}
