/**
 * The durable store's file contents, without the I/O: journal lines (one mutation each) and the
 * snapshot they are compacted into. Replaying the same lines on the same snapshot gives the same
 * state, which is what makes restart after a crash safe. Every line and every snapshot record is
 * sealed with a checksum (checksum.ts), and a snapshot is checked whole (no key twice, no alias to
 * a missing key), so a damaged data directory is refused rather than half-loaded.
 */
import { sealedValue, unsealRecord } from './checksum.js';
import { aliasFromJson, isObject, keyFromJson, keyToJson } from './record-json.js';
import { RegionStates } from './region-states.js';
import type { AliasRecord, KeyRecord } from './types.js';

export type JournalEntry =
  | { op: 'putKey'; region: string; key: KeyRecord }
  | { op: 'deleteKey'; region: string; keyId: string }
  | { op: 'putAlias'; region: string; alias: AliasRecord }
  | { op: 'deleteAlias'; region: string; aliasName: string };

const SNAPSHOT_FORMAT = 'kms-contract-keystore';
/** 2: records are per region and sealed with checksums. */
const SNAPSHOT_VERSION = 2;
/** Region names as they appear in ARNs and credential scopes. */
const REGION = /^[a-z0-9][a-z0-9-]{0,62}$/;

const isRegion = (value: unknown): value is string =>
  typeof value === 'string' && REGION.test(value);

/** One journal line, newline included. JSON.stringify never emits a raw newline. */
export function encodeEntry(entry: JournalEntry): string {
  const json = entry.op === 'putKey' ? { ...entry, key: keyToJson(entry.key) } : { ...entry };
  return `${JSON.stringify(sealedValue(json))}\n`;
}

/**
 * A journal line (without its newline) back to an entry, or what is wrong with it: `torn` when it
 * is not JSON at all (what a crash mid-append leaves), otherwise a description.
 */
export function decodeEntry(line: string): JournalEntry | { problem: string; torn: boolean } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return { problem: 'is not JSON', torn: true };
  }
  const json = unsealRecord(parsed);
  if (json === 'missing') return { problem: 'has no checksum', torn: false };
  if (json === 'mismatch') return { problem: 'fails its checksum', torn: false };
  const { op, region } = json;
  const bad = { problem: 'is not a journal entry', torn: false };
  if (!isRegion(region)) return bad;
  if (op === 'putKey') {
    const key = keyFromJson(json.key);
    return key ? { op, region, key } : bad;
  }
  if (op === 'putAlias') {
    const alias = aliasFromJson(json.alias);
    return alias ? { op, region, alias } : bad;
  }
  if (op === 'deleteKey' && typeof json.keyId === 'string') {
    return { op, region, keyId: json.keyId };
  }
  if (op === 'deleteAlias' && typeof json.aliasName === 'string') {
    return { op, region, aliasName: json.aliasName };
  }
  return bad;
}

export function applyEntry(states: RegionStates, entry: JournalEntry): void {
  const state = states.of(entry.region);
  switch (entry.op) {
    case 'putKey':
      return state.putKey(entry.key);
    case 'deleteKey':
      state.keys.delete(entry.keyId);
      states.uses.of(entry.region).delete(entry.keyId);
      return;
    case 'putAlias':
      return state.putAlias(entry.alias);
    case 'deleteAlias':
      state.aliases.delete(entry.aliasName);
      return;
  }
}

/**
 * Applies a journal's lines to `states`; returns what is wrong, or undefined. A line that is not
 * JSON is tolerated only as the last line of the newest journal: a write that was never
 * acknowledged, torn by a crash (every acknowledged line was fsynced whole). A complete line that
 * fails its checksum is never a tear: it was changed after it was written.
 */
export function replayJournal(
  states: RegionStates,
  text: string,
  isNewest: boolean,
): string | undefined {
  const lines = text.split('\n');
  const lastLine = lines.findLastIndex((line) => line !== '');
  for (const [i, line] of lines.entries()) {
    if (line === '') continue;
    const entry = decodeEntry(line);
    if (!('problem' in entry)) applyEntry(states, entry);
    else if (!(entry.torn && isNewest && i === lastLine)) return `line ${i + 1} ${entry.problem}`;
  }
  return undefined;
}

/**
 * The whole state as one JSON document. `generation` is the number of the last journal it
 * includes; journals up to it are never replayed on top of it (replaying deletes and re-creates
 * twice could reorder keys).
 */
export function encodeSnapshot(states: RegionStates, generation: number): string {
  const keys: unknown[] = [];
  const aliases: unknown[] = [];
  for (const [region, state] of states.entries()) {
    for (const key of state.keys.values()) keys.push(sealedValue({ region, ...keyToJson(key) }));
    for (const alias of state.aliases.values()) aliases.push(sealedValue({ region, ...alias }));
  }
  const usage = encodeUses(states);
  return `${JSON.stringify({ format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, generation, keys, aliases, ...(usage ? { usage } : {}) })}\n`;
}

/**
 * Key uses as one sealed member: the tracking start and `[region, keyId, operation, at]` per key
 * that still exists. Optional, so snapshots written before it existed still open.
 */
function encodeUses(states: RegionStates): unknown {
  const { uses } = states;
  if (uses.trackingSince === undefined) return undefined;
  const list: Array<[string, string, string, number]> = [];
  for (const [region, byKey] of uses.entries()) {
    const keys = states.of(region).keys;
    for (const [keyId, use] of byKey) {
      if (keys.has(keyId)) list.push([region, keyId, use.operation, use.at]);
    }
  }
  return sealedValue({ trackingSince: uses.trackingSince, uses: list });
}

const isUseRow = (row: unknown): row is [string, string, string, number] =>
  Array.isArray(row) &&
  row.length === 4 &&
  isRegion(row[0]) &&
  typeof row[1] === 'string' &&
  typeof row[2] === 'string' &&
  typeof row[3] === 'number' &&
  Number.isFinite(row[3]);

/** The snapshot's `usage` member into `states`, or what is wrong with it. */
function decodeUses(states: RegionStates, usage: unknown): string | undefined {
  if (usage === undefined) return undefined;
  const json = unsealRecord(usage);
  if (json === 'missing') return 'usage has no checksum';
  if (json === 'mismatch') return 'usage fails its checksum (it was changed after it was written)';
  const { trackingSince, uses } = json;
  if (typeof trackingSince !== 'number' || !Number.isFinite(trackingSince) || !Array.isArray(uses))
    return 'usage is malformed';
  for (const row of uses) {
    if (!isUseRow(row)) return 'usage is malformed';
    states.uses.of(row[0]).set(row[1], { operation: row[2], at: row[3] });
  }
  states.uses.trackingSince = trackingSince;
  return undefined;
}

/** The checksum and region of one snapshot record, then the record itself. */
function snapshotRecord<T>(
  item: unknown,
  where: string,
  read: (json: unknown) => T | undefined,
): { region: string; record: T } | string {
  const json = unsealRecord(item);
  if (json === 'missing') return `${where} has no checksum`;
  if (json === 'mismatch')
    return `${where} fails its checksum (it was changed after it was written)`;
  const { region, ...rest } = json;
  const record = read(rest);
  if (!isRegion(region) || record === undefined) return `${where} is malformed`;
  return { region, record };
}

/** Snapshot text back to state, or an error message saying what is wrong. */
export function decodeSnapshot(
  text: string,
): { states: RegionStates; generation: number } | string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return 'snapshot is not valid JSON';
  }
  if (!isObject(json) || json.format !== SNAPSHOT_FORMAT)
    return 'not a kms-contract keystore snapshot';
  if (json.version !== SNAPSHOT_VERSION)
    return `unsupported snapshot version ${String(json.version)} (this kms-contract reads version ${SNAPSHOT_VERSION})`;
  const { generation, keys, aliases, usage } = json;
  if (!Number.isSafeInteger(generation) || typeof generation !== 'number' || generation < 0) {
    return 'snapshot generation is not a non-negative integer';
  }
  if (!Array.isArray(keys) || !Array.isArray(aliases))
    return 'snapshot keys/aliases are not arrays';
  const states = new RegionStates();
  for (const [i, item] of keys.entries()) {
    const read = snapshotRecord(item, `keys[${i}]`, keyFromJson);
    if (typeof read === 'string') return read;
    const state = states.of(read.region);
    if (state.keys.has(read.record.keyId))
      return `keys[${i}] repeats key ${read.record.keyId} of ${read.region}`;
    state.putKey(read.record);
  }
  for (const [i, item] of aliases.entries()) {
    const read = snapshotRecord(item, `aliases[${i}]`, aliasFromJson);
    if (typeof read === 'string') return read;
    const state = states.of(read.region);
    if (state.aliases.has(read.record.aliasName))
      return `aliases[${i}] repeats alias ${read.record.aliasName} of ${read.region}`;
    state.putAlias(read.record);
  }
  return danglingAlias(states) ?? decodeUses(states, usage) ?? { states, generation };
}

/** An alias whose key is gone: KMS deletes a key's aliases with it, so the mock never writes one. */
export function danglingAlias(states: RegionStates): string | undefined {
  for (const [region, state] of states.entries()) {
    for (const alias of state.aliases.values()) {
      if (!state.keys.has(alias.targetKeyId))
        return `alias ${alias.aliasName} of ${region} refers to key ${alias.targetKeyId}, which does not exist`;
    }
  }
  return undefined;
}
