/**
 * The grant code the other operations need, loaded on first use with the grant operations' chunk
 * (./grant-operations.ts): most tests and pages never make a grant, so a page that sets up the mock
 * leaves it out at start. The operations themselves are in the operation table (./index.ts).
 */
import type * as Grants from './grant-operations.js';

export const grantOfToken: typeof Grants.grantOfToken = async (...args) =>
  (await import('./grant-operations.js')).grantOfToken(...args);
