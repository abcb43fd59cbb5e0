// Everything grants need beyond the key record, in one module so it loads as one chunk.
export { createGrant } from './create-grant.js';
export { listGrants } from './list-grants.js';
export { listRetirableGrants } from './list-retirable-grants.js';
export { retireGrant } from './retire-grant.js';
export { revokeGrant } from './revoke-grant.js';
export { grantOfToken } from '../grant-token-codec.js';
