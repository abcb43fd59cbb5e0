/**
 * Creating a validated seed in a store. Idempotent across restarts: a key or alias that already
 * exists is left as it is (its state may have changed at run time), but a key whose stored material
 * differs from the seed's is an error, since ciphertexts the seed promises to open would not.
 */
import { bytesEqual } from '../crypto/bytes.js';
import { isHmacKeySpec, newHmacKey } from '../crypto/hmac.js';
import type { KeyPair } from '../crypto/key-pairs.js';
import { newKeyMaterial } from '../crypto/random.js';
import { firstMaterials } from './materials.js';
import { isMultiRegionKeyId } from './key-id.js';
import type { Seed, SeedIssue, SeedKey } from './seed.js';
import {
  createRegionalMemoryStore,
  isRegionalKeyStore,
  type RegionalKeyStore,
} from './regional-store.js';
import type { KeyStore } from './store.js';
import type { KeyRecord } from './types.js';

export type SeedApplyResult =
  | {
      ok: true;
      createdKeys: string[];
      existingKeys: string[];
      createdAliases: string[];
      existingAliases: string[];
    }
  | { ok: false; issues: SeedIssue[] };

export interface ApplySeedOptions {
  /** Clock in epoch milliseconds; `Date.now` by default. */
  now?: () => number;
  /** The Region of seed keys that name none; default `us-east-1`. */
  region?: string;
}

const DAY_SECONDS = 86_400;

async function recordFor(
  key: SeedKey,
  createdAt: number,
  keyPair: KeyPair | undefined,
): Promise<KeyRecord> {
  const record: KeyRecord = {
    keyId: key.id,
    createdAt,
    description: key.description,
    keyUsage: key.keyUsage,
    keySpec: key.keySpec,
    origin: 'AWS_KMS',
    keyState: key.state,
    multiRegion: isMultiRegionKeyId(key.id),
    keyManager: 'CUSTOMER',
  };
  if (key.keySpec === 'SYMMETRIC_DEFAULT') {
    record.materials = await firstMaterials(key.material ?? newKeyMaterial());
  }
  // An HMAC key has its secret from the start, as CreateKey gives it; an asymmetric key without a
  // seeded private key gets its pair on first use, as one made by CreateKey does.
  if (isHmacKeySpec(key.keySpec)) record.macKey = key.material ?? newHmacKey(key.keySpec);
  if (keyPair) record.keyPair = keyPair;
  if (key.pendingWindowInDays !== undefined) {
    record.pendingWindowInDays = key.pendingWindowInDays;
    record.deletionDate = createdAt + key.pendingWindowInDays * DAY_SECONDS;
  }
  return record;
}

/**
 * Creates the seed's keys (in seed order, which becomes their creation order) and aliases that the
 * store does not have yet, each key in its Region (an alias in its target key's). Checks
 * everything before writing anything. A single-Region {@link KeyStore} is the default Region's:
 * a seed key of another Region is then an issue.
 *
 * @example
 * const parsed = parseSeedText(await readFile('seed.yaml', 'utf8'));
 * if (!parsed.ok) throw new Error(formatSeedIssues(parsed.issues));
 * const applied = await applySeed(store, parsed.seed, { region: 'eu-west-1' });
 */
export async function applySeed(
  store: KeyStore | RegionalKeyStore,
  seed: Seed,
  options: ApplySeedOptions = {},
): Promise<SeedApplyResult> {
  const defaultRegion = options.region ?? 'us-east-1';
  const regional = isRegionalKeyStore(store);
  const stores = isRegionalKeyStore(store)
    ? store
    : createRegionalMemoryStore({ [defaultRegion]: store });
  const regions = new Map(seed.keys.map((key) => [key.id, key.region]));
  const regionOf = (keyId: string) => regions.get(keyId) ?? defaultRegion;
  const issues: SeedIssue[] = [];
  const missingKeys: SeedKey[] = [];
  const existingKeys: string[] = [];
  const keyPairs = new Map<string, KeyPair>();
  for (const [i, key] of seed.keys.entries()) {
    const region = regionOf(key.id);
    if (!regional && region !== defaultRegion) {
      issues.push({
        path: `keys[${i}].region`,
        message: `this store holds the keys of ${defaultRegion} only`,
      });
      continue;
    }
    const stored = await stores.region(region).getKey(key.id);
    if (key.privateKey !== undefined) {
      // The key-pair code loads only for a seed that names a private key.
      const made = await (await import('./seed-key-pair.js')).seedKeyPair(key, stored);
      if (typeof made === 'string') issues.push({ path: `keys[${i}].privateKey`, message: made });
      else keyPairs.set(key.id, made);
    }
    if (!stored) {
      missingKeys.push(key);
      continue;
    }
    existingKeys.push(key.id);
    // The seed names the key's first material: rotation since then does not make it differ.
    const first = stored.macKey ?? stored.materials?.[0]?.material;
    if (key.material && !(first && bytesEqual(first, key.material))) {
      issues.push({
        path: `keys[${i}].material`,
        message: `key ${key.id} already exists in the store with different key material`,
      });
    }
  }
  // Validation compared Regions as written; a key naming the default Region explicitly and one
  // naming none are in the same Region here.
  const placed = new Set<string>();
  for (const [i, alias] of seed.aliases.entries()) {
    const name = `${regionOf(alias.targetKeyId)} ${alias.name}`;
    if (placed.has(name))
      issues.push({ path: `aliases[${i}].name`, message: `duplicate alias ${alias.name}` });
    placed.add(name);
  }
  if (issues.length > 0) return { ok: false, issues };
  const createdAt = (options.now ?? Date.now)() / 1000;
  for (const key of missingKeys) {
    await stores
      .region(regionOf(key.id))
      .putKey(await recordFor(key, createdAt, keyPairs.get(key.id)));
  }
  const createdAliases: string[] = [];
  const existingAliases: string[] = [];
  for (const alias of seed.aliases) {
    const target = stores.region(regionOf(alias.targetKeyId));
    if (await target.getAlias(alias.name)) {
      existingAliases.push(alias.name);
      continue;
    }
    await target.putAlias({
      aliasName: alias.name,
      targetKeyId: alias.targetKeyId,
      createdAt,
      updatedAt: createdAt,
    });
    createdAliases.push(alias.name);
  }
  return {
    ok: true,
    createdKeys: missingKeys.map((k) => k.id),
    existingKeys,
    createdAliases,
    existingAliases,
  };
}
