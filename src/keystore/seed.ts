/**
 * Seed documents: keys with fixed ids (and optionally fixed material) and aliases, created at
 * startup so tests and demos can name them. Validation reports every problem with its place,
 * never a stack trace.
 *
 * @example
 * ```yaml
 * keys:
 *   - id: 1234abcd-12ab-34cd-56ef-1234567890ab
 *     material: AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8= # optional: base64 of 32 bytes
 *     description: payments data keys  # optional, default ""
 *     state: Enabled                   # optional: Enabled (default) | Disabled | PendingDeletion
 *   - id: mrk-1234abcd12ab34cd56ef1234567890ab   # multi-Region because of the mrk- prefix
 *     state: PendingDeletion
 *     pendingWindowInDays: 7           # optional, 7..30, only with PendingDeletion; default 30
 *   - id: 0b9d1a9e-7f0c-4d6e-9a55-6f1e2d3c4b5a
 *     region: eu-west-1               # optional: the key's Region; default the mock's
 *     keySpec: HMAC_256                # optional, default SYMMETRIC_DEFAULT
 *     keyUsage: GENERATE_VERIFY_MAC    # required unless keySpec is SYMMETRIC_DEFAULT
 *     material: <base64 of 32 bytes>   # optional: an HMAC key's bytes, as long as its hash
 *   - id: 6f1e2d3c-4b5a-4d6e-9a55-0b9d1a9e7f0c
 *     keySpec: ECC_NIST_P256
 *     keyUsage: SIGN_VERIFY
 *     privateKey: |                    # optional: PKCS#8 PEM (or base64 of the DER) of that spec
 *       -----BEGIN PRIVATE KEY-----
 *       ...
 *       -----END PRIVATE KEY-----
 * aliases:                           # each in its target key's Region
 *   - name: alias/payments
 *     targetKeyId: 1234abcd-12ab-34cd-56ef-1234567890ab
 * ```
 */
import { isCustomerAliasName, isKeyId } from './key-id.js';
import type { KeyUsage } from './types.js';
import { SeedChecker, type SeedIssue } from './seed-checker.js';

export type SeedKeyState = 'Enabled' | 'Disabled' | 'PendingDeletion';

export interface SeedKey {
  id: string;
  /** The key's Region; absent means the default Region of whoever applies the seed. */
  region?: string;
  /**
   * SYMMETRIC_DEFAULT: the 32-byte key; HMAC: the key bytes (as long as the spec's hash). Random
   * when omitted.
   */
  material?: Uint8Array;
  /**
   * Asymmetric keys: their PKCS#8 private key as given (PEM or base64 of the DER), read and checked
   * against the key spec when the seed is applied. Random when omitted.
   */
  privateKey?: string;
  description: string;
  keySpec: string;
  keyUsage: KeyUsage;
  state: SeedKeyState;
  /** Set exactly when state is PendingDeletion. */
  pendingWindowInDays?: number;
}

/** An alias lives in the Region of its target key (aliases are regional, as keys are). */
export interface SeedAlias {
  name: string;
  targetKeyId: string;
}

export interface Seed {
  keys: SeedKey[];
  aliases: SeedAlias[];
}

export type { SeedIssue };
export type SeedResult = { ok: true; seed: Seed } | { ok: false; issues: SeedIssue[] };

/** Validates an already-parsed seed document. An empty document (null) is an empty seed. */
export function validateSeed(doc: unknown): SeedResult {
  const check = new SeedChecker();
  const root = doc ?? {};
  if (!check.fields('', root, ['keys', 'aliases'])) return { ok: false, issues: check.issues };
  const keys = check.list('keys', root.keys, (path, item) => check.key(path, item));
  const ids = new Set<string>();
  for (const [i, key] of keys.entries()) {
    if (ids.has(key.id)) check.issue(`keys[${i}].id`, `duplicate key id ${key.id}`);
    ids.add(key.id);
  }
  const aliases = check.list('aliases', root.aliases, (path, item) => {
    if (!check.fields(path, item, ['name', 'targetKeyId'])) return undefined;
    const { name, targetKeyId } = item;
    if (typeof name !== 'string' || !isCustomerAliasName(name)) {
      return check.issue(
        `${path}.name`,
        'must be "alias/" followed by letters, digits, "/", "_" or "-" (at most 256 characters, not under alias/aws/)',
      );
    }
    if (typeof targetKeyId !== 'string' || !isKeyId(targetKeyId)) {
      return check.issue(
        `${path}.targetKeyId`,
        'must be a key id (aliases refer to keys, not aliases)',
      );
    }
    const target = keys.find((k) => k.id === targetKeyId);
    if (!target) return check.issue(`${path}.targetKeyId`, `no key ${targetKeyId} in this seed`);
    if (target.state === 'PendingDeletion') {
      return check.issue(`${path}.targetKeyId`, `key ${targetKeyId} is pending deletion`);
    }
    return { name, targetKeyId };
  });
  // One name per Region: the same name may be used in two Regions, as in KMS.
  const names = new Set<string>();
  for (const [i, alias] of aliases.entries()) {
    const region = keys.find((k) => k.id === alias.targetKeyId)?.region ?? '';
    const name = `${region} ${alias.name}`;
    if (names.has(name)) check.issue(`aliases[${i}].name`, `duplicate alias ${alias.name}`);
    names.add(name);
  }
  return check.issues.length > 0
    ? { ok: false, issues: check.issues }
    : { ok: true, seed: { keys, aliases } };
}

/** One line per issue, for a CLI: `seed keys[1].material: must be ...`. */
export function formatSeedIssues(issues: readonly SeedIssue[]): string {
  return issues
    .map((i) => `seed ${i.path === '' ? '(document)' : i.path}: ${i.message}`)
    .join('\n');
}
