import { isRegionName } from '../keystore/index.js';
import type { RegionOf } from '../protocol/index.js';

/** `kms.<region>.amazonaws.com`, `kms-fips.<region>.amazonaws.com`, and `.amazonaws.com.cn`. */
const KMS_HOST = /^kms(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?(?::\d+)?$/;
/**
 * The Region of a SigV4 credential scope (`Credential=AKID/yyyymmdd/<region>/kms/aws4_request`).
 * MSW checks no signatures, so this small reading stands in for the verifier's full parser
 * (src/auth), which a browser page then never downloads.
 */
const SCOPE =
  /^AWS4-HMAC-SHA256 .*\bCredential=[^/,\s]+\/\d{8}\/([a-z0-9-]+)\/[a-z0-9-]+\/aws4_request\b/;

/**
 * The Region of a request MSW intercepted: the one in its host for an AWS endpoint (as in KMS, the
 * endpoint is the Region), else, at a custom base URL, the one its SigV4 credential scope names,
 * as `serve` reads it. Undefined leaves the mock's `region` option. The partition follows the
 * Region: `cn-*` Regions (the `.amazonaws.com.cn` hosts) get `aws-cn` ARNs.
 */
export const mswRegionOf: RegionOf = (request) => {
  const region =
    KMS_HOST.exec(request.headers['host'] ?? '')?.[1] ??
    SCOPE.exec(request.headers['authorization'] ?? '')?.[1];
  return region !== undefined && isRegionName(region) ? region : undefined;
};
