import { scopeRegionOf } from '../auth/scope-region.js';
import { isRegionName } from '../keystore/index.js';
import type { RegionOf } from '../protocol/index.js';

/** `kms.<region>.amazonaws.com`, `kms-fips.<region>.amazonaws.com`, and `.amazonaws.com.cn`. */
const KMS_HOST = /^kms(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?(?::\d+)?$/;

/**
 * The Region of a request MSW intercepted: the one in its host for an AWS endpoint (as in KMS, the
 * endpoint is the Region), else, at a custom base URL, the one its SigV4 credential scope names,
 * as `serve` reads it. Undefined leaves the mock's `region` option. The partition follows the
 * Region: `cn-*` Regions (the `.amazonaws.com.cn` hosts) get `aws-cn` ARNs.
 */
export const mswRegionOf: RegionOf = (request) => {
  const host = KMS_HOST.exec(request.headers['host'] ?? '');
  const fromHost = host?.[1];
  if (fromHost !== undefined && isRegionName(fromHost)) return fromHost;
  return scopeRegionOf(request);
};
