/**
 * Field checks for seed documents, collecting issues (zod-style: a path and a message each)
 * instead of stopping at the first.
 */
import { isKeyId } from './key-id.js';
import { KEY_SPECS, KEY_USAGES, usagesForKeySpec } from './key-spec.js';
import { isObject } from './record-json.js';
import { isRegionName } from './region-name.js';
import type { SeedKey, SeedKeyState } from './seed.js';
import { seedMaterial } from './seed-material.js';
import { isAsymmetricSpec } from '../crypto/key-pair-specs.js';

export interface SeedIssue {
  /** Where, e.g. `keys[2].material`; empty for the document itself. */
  path: string;
  message: string;
}

const KEY_FIELDS = [
  'id',
  'region',
  'material',
  'privateKey',
  'description',
  'keySpec',
  'keyUsage',
  'state',
  'pendingWindowInDays',
];
const STATES: readonly SeedKeyState[] = ['Enabled', 'Disabled', 'PendingDeletion'];

export class SeedChecker {
  readonly issues: SeedIssue[] = [];

  issue(path: string, message: string): undefined {
    this.issues.push({ path, message });
    return undefined;
  }

  /** A mapping with only the allowed fields. */
  fields(
    path: string,
    value: unknown,
    allowed: readonly string[],
  ): value is Record<string, unknown> {
    if (!isObject(value)) {
      this.issue(path, 'must be a mapping (object)');
      return false;
    }
    const unknown = Object.keys(value).filter((k) => !allowed.includes(k));
    for (const k of unknown)
      this.issue(
        path === '' ? k : `${path}.${k}`,
        `unknown field (allowed: ${allowed.join(', ')})`,
      );
    return unknown.length === 0;
  }

  /** An optional list, each item checked by `each`; the valid items. */
  list<T>(path: string, value: unknown, each: (path: string, item: unknown) => T | undefined): T[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) return this.issue(path, 'must be a list') ?? [];
    return value.flatMap((item: unknown, i) => each(`${path}[${i}]`, item) ?? []);
  }

  key(path: string, item: unknown): SeedKey | undefined {
    if (!this.fields(path, item, KEY_FIELDS)) return undefined;
    const before = this.issues.length;
    const {
      id,
      material,
      description = '',
      keySpec = 'SYMMETRIC_DEFAULT',
      state = 'Enabled',
    } = item;
    if (typeof id !== 'string' || !isKeyId(id)) {
      this.issue(
        `${path}.id`,
        'must be a key id: lowercase UUID (8-4-4-4-12) or mrk- + 32 lowercase hex',
      );
    }
    const { region } = item;
    if (region !== undefined && (typeof region !== 'string' || !isRegionName(region))) {
      this.issue(`${path}.region`, 'must be an AWS Region name such as us-east-1 or eu-west-1');
    }
    if (typeof description !== 'string' || description.length > 8192) {
      this.issue(`${path}.description`, 'must be a string of at most 8192 characters');
    }
    const usages = typeof keySpec === 'string' ? usagesForKeySpec(keySpec) : undefined;
    if (!usages) this.issue(`${path}.keySpec`, `must be one of ${KEY_SPECS.join(', ')}`);
    const keyUsage =
      item.keyUsage ?? (keySpec === 'SYMMETRIC_DEFAULT' ? 'ENCRYPT_DECRYPT' : undefined);
    if (usages && keyUsage === undefined) {
      this.issue(`${path}.keyUsage`, 'is required for every key spec except SYMMETRIC_DEFAULT');
    } else if (usages && !usages.some((u) => u === keyUsage)) {
      const allowed = KEY_USAGES.filter((u) => usages.includes(u));
      this.issue(`${path}.keyUsage`, `must be one of ${allowed.join(', ')} for ${String(keySpec)}`);
    }
    // Key material is checked against a valid key spec only (an unknown spec is its own issue).
    const bytes =
      material !== undefined && usages ? seedMaterial(String(keySpec), material) : undefined;
    if (typeof bytes === 'string') this.issue(`${path}.material`, bytes);
    // The private key's text is read, and checked against the spec, with the key-pair code when
    // the seed is applied (seed-key-pair.ts): a page that seeds none never loads it.
    const { privateKey } = item;
    if (privateKey !== undefined && usages && !isAsymmetricSpec(String(keySpec)))
      this.issue(`${path}.privateKey`, 'is only for asymmetric keys');
    const okState = STATES.find((s) => s === state);
    if (!okState) this.issue(`${path}.state`, `must be one of ${STATES.join(', ')}`);
    const days = item.pendingWindowInDays ?? (state === 'PendingDeletion' ? 30 : undefined);
    if (days !== undefined && state !== 'PendingDeletion') {
      this.issue(`${path}.pendingWindowInDays`, 'is allowed only with state PendingDeletion');
    } else if (
      days !== undefined &&
      !(Number.isInteger(days) && Number(days) >= 7 && Number(days) <= 30)
    ) {
      // The model allows 1..365 but the service accepts only 7..30 (evidence `docs.schedule-key-deletion`).
      this.issue(`${path}.pendingWindowInDays`, 'must be a whole number of days from 7 to 30');
    }
    if (this.issues.length > before || typeof id !== 'string' || !okState) return undefined;
    const key: SeedKey = {
      id,
      description: String(description),
      keySpec: String(keySpec),
      keyUsage: KEY_USAGES.find((u) => u === keyUsage) ?? 'ENCRYPT_DECRYPT',
      state: okState,
    };
    if (typeof region === 'string') key.region = region;
    if (bytes instanceof Uint8Array) key.material = bytes;
    if (privateKey !== undefined) key.privateKey = String(privateKey);
    if (typeof days === 'number') key.pendingWindowInDays = days;
    return key;
  }
}
