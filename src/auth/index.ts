export {
  createSigV4Verifier,
  verifySigV4,
  type SigV4Secret,
  type SigV4VerifierOptions,
} from './sigv4-verify.js';
export {
  SIGV4_ALGORITHM,
  parseAuthorization,
  type SigV4Authorization,
} from './authorization-header.js';
export { formatAmzDate, parseAmzDate } from './amz-date.js';
export { scopeRegionOf } from './scope-region.js';
