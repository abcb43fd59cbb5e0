// Browser-safe parts only. The durable store is node-only: import `./file-store.js` by path;
// seed files as text (YAML) are read by `./seed-text.js`, imported by path where needed.
export { isCustomerAliasName, isKeyId, isMultiRegionKeyId } from './key-id.js';
export { KEY_SPECS, KEY_USAGES, usagesForKeySpec } from './key-spec.js';
export { createMemoryStore } from './memory-store.js';
export { assertAliasRecord, assertKeyRecord, copyAlias, copyKey } from './records.js';
export {
  currentMaterial,
  firstMaterials,
  keyMaterialOf,
  materialById,
  newMaterialVersion,
  rotatedMaterials,
} from './materials.js';
export { isRegionName } from './region-name.js';
export {
  createRegionalMemoryStore,
  isRegionalKeyStore,
  type RegionalKeyStore,
} from './regional-store.js';
export { applySeed, type ApplySeedOptions, type SeedApplyResult } from './seed-apply.js';
export {
  formatSeedIssues,
  validateSeed,
  type Seed,
  type SeedAlias,
  type SeedIssue,
  type SeedKey,
  type SeedKeyState,
  type SeedResult,
} from './seed.js';
export type { KeyStore } from './store.js';
export type { KeyUse as StoredKeyUse, KeyUseLedger } from './key-uses.js';
export type { GrantConstraints, GrantRecord } from './grant-record.js';
export type {
  AliasRecord,
  AutomaticRotation,
  ExpirationModel,
  ImportedMaterial,
  KeyMaterialState,
  KeyMaterialVersion,
  KeyManager,
  KeyOrigin,
  KeyRecord,
  KeyState,
  KeyUsage,
  RotationType,
  Tag,
} from './types.js';
