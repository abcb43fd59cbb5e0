/**
 * The grant operations, loaded on first use as one chunk: most tests and pages never make a
 * grant, so a page that sets up the mock leaves them out at start. Each has the signature of the
 * operation it loads; the module cache makes later calls direct.
 */
import type * as Grants from './grant-operations.js';

const load = () => import('./grant-operations.js');

export const createGrant: typeof Grants.createGrant = async (...args) =>
  (await load()).createGrant(...args);
export const listGrants: typeof Grants.listGrants = async (...args) =>
  (await load()).listGrants(...args);
export const listRetirableGrants: typeof Grants.listRetirableGrants = async (...args) =>
  (await load()).listRetirableGrants(...args);
export const retireGrant: typeof Grants.retireGrant = async (...args) =>
  (await load()).retireGrant(...args);
export const revokeGrant: typeof Grants.revokeGrant = async (...args) =>
  (await load()).revokeGrant(...args);
export const grantOfToken: typeof Grants.grantOfToken = async (...args) =>
  (await load()).grantOfToken(...args);
