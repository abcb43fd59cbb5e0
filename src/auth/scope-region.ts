import { isKmsError } from '../errors/index.js';
import { isRegionName } from '../keystore/region-name.js';
import type { WireRequest } from '../protocol/index.js';
import { parseAuthorization } from './authorization-header.js';

/**
 * The Region of a request's SigV4 credential scope (`Credential=AKID/date/<region>/kms/...`), read
 * by the same parser the verifier uses, so both see one region. Undefined when the request is not
 * signed, its Authorization header is malformed, or the scope names no Region: the front door then
 * uses its default (with `--auth sigv4` the verifier has already refused such a request).
 */
export function scopeRegionOf(request: WireRequest): string | undefined {
  const header = request.headers['authorization'];
  if (header === undefined) return undefined;
  const auth = parseAuthorization(header);
  if (isKmsError(auth) || !isRegionName(auth.region)) return undefined;
  return auth.region;
}
