/**
 * Creating a validated seed in a store. Idempotent across restarts: a key or alias that already
 * exists is left as it is (its state may have changed at run time), but a key whose stored material
 * differs from the seed's is an error, since ciphertexts the seed promises to open would not.
 */
import { bytesEqual } from '../crypto/bytes.js';
import { newKeyMaterial } from '../crypto/random.js';
import { firstMaterials } from './materials.js';
import { isMultiRegionKeyId } from './key-id.js';
import type { Seed, SeedIssue, SeedKey } from './seed.js';
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
}

const DAY_SECONDS = 86_400;

async function recordFor(key: SeedKey, createdAt: number): Promise<KeyRecord> {
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
  // Only symmetric encryption keys carry material: the mock does no asymmetric or HMAC crypto.
  if (key.keySpec === 'SYMMETRIC_DEFAULT') {
    record.materials = await firstMaterials(key.material ?? newKeyMaterial());
  }
  if (key.pendingWindowInDays !== undefined) {
    record.pendingWindowInDays = key.pendingWindowInDays;
    record.deletionDate = createdAt + key.pendingWindowInDays * DAY_SECONDS;
  }
  return record;
}

/**
 * Creates the seed's keys (in seed order, which becomes their creation order) and aliases that the
 * store does not have yet. Checks everything before writing anything.
 *
 * @example
 * const parsed = parseSeedText(await readFile('seed.yaml', 'utf8'));
 * if (!parsed.ok) throw new Error(formatSeedIssues(parsed.issues));
 * const applied = await applySeed(store, parsed.seed);
 */
export async function applySeed(
  store: KeyStore,
  seed: Seed,
  options: ApplySeedOptions = {},
): Promise<SeedApplyResult> {
  const issues: SeedIssue[] = [];
  const missingKeys: SeedKey[] = [];
  const existingKeys: string[] = [];
  for (const [i, key] of seed.keys.entries()) {
    const stored = await store.getKey(key.id);
    if (!stored) {
      missingKeys.push(key);
      continue;
    }
    existingKeys.push(key.id);
    // The seed names the key's first material: rotation since then does not make it differ.
    const first = stored.materials?.[0]?.material;
    if (key.material && !(first && bytesEqual(first, key.material))) {
      issues.push({
        path: `keys[${i}].material`,
        message: `key ${key.id} already exists in the store with different key material`,
      });
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  const createdAt = (options.now ?? Date.now)() / 1000;
  for (const key of missingKeys) await store.putKey(await recordFor(key, createdAt));
  const createdAliases: string[] = [];
  const existingAliases: string[] = [];
  for (const alias of seed.aliases) {
    if (await store.getAlias(alias.name)) {
      existingAliases.push(alias.name);
      continue;
    }
    await store.putAlias({
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
