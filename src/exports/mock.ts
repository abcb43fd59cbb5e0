/**
 * `kms-contract/mock`: the mock KMS, as an HTTP server (node) or as a transport-free engine.
 *
 * @example
 * // vitest globalSetup
 * import { startMockServer } from 'kms-contract/mock';
 * export default async function setup() {
 *   const kms = await startMockServer();
 *   process.env.KMS_ENDPOINT = kms.url;
 *   return () => kms.close();
 * }
 */
export { startMockServer, MockServerConfigError } from '../server/start-mock-server.js';
export type { MockServer, MockServerOptions, MockCredential } from '../server/start-mock-server.js';
export { createKmsEngine, DEFAULT_CONFIG, keyArn, aliasArn, partitionOf } from '../mock/index.js';
export type { KmsEngine, KmsEngineOptions, MockConfig } from '../mock/index.js';
export { validateSeed, formatSeedIssues } from '../keystore/index.js';
export { parseSeedText } from '../keystore/seed-text.js';
export type { Seed, SeedKey, SeedAlias } from '../keystore/index.js';
