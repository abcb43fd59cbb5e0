/**
 * The durable store's file contents, without the I/O: journal lines (one mutation each) and the
 * snapshot they are compacted into. Replaying the same lines on the same snapshot gives the same
 * state, which is what makes restart after a crash safe.
 */
import { StoreState } from './memory-store.js';
import { aliasFromJson, isObject, keyFromJson, keyToJson } from './record-json.js';
import type { AliasRecord, KeyRecord } from './types.js';

export type JournalEntry =
  | { op: 'putKey'; key: KeyRecord }
  | { op: 'deleteKey'; keyId: string }
  | { op: 'putAlias'; alias: AliasRecord }
  | { op: 'deleteAlias'; aliasName: string };

const SNAPSHOT_FORMAT = 'kms-contract-keystore';
const SNAPSHOT_VERSION = 1;

/** One journal line, newline included. JSON.stringify never emits a raw newline. */
export function encodeEntry(entry: JournalEntry): string {
  const json = entry.op === 'putKey' ? { op: entry.op, key: keyToJson(entry.key) } : entry;
  return `${JSON.stringify(json)}\n`;
}

/** A journal line (without its newline) back to an entry; undefined when it is not one. */
export function decodeEntry(line: string): JournalEntry | undefined {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (!isObject(json)) return undefined;
  if (json.op === 'putKey') {
    const key = keyFromJson(json.key);
    return key && { op: 'putKey', key };
  }
  if (json.op === 'putAlias') {
    const alias = aliasFromJson(json.alias);
    return alias && { op: 'putAlias', alias };
  }
  if (json.op === 'deleteKey' && typeof json.keyId === 'string') {
    return { op: 'deleteKey', keyId: json.keyId };
  }
  if (json.op === 'deleteAlias' && typeof json.aliasName === 'string') {
    return { op: 'deleteAlias', aliasName: json.aliasName };
  }
  return undefined;
}

export function applyEntry(state: StoreState, entry: JournalEntry): void {
  switch (entry.op) {
    case 'putKey':
      return state.putKey(entry.key);
    case 'deleteKey':
      state.keys.delete(entry.keyId);
      return;
    case 'putAlias':
      return state.putAlias(entry.alias);
    case 'deleteAlias':
      state.aliases.delete(entry.aliasName);
      return;
  }
}

/**
 * Applies a journal's lines to `state`; returns what is wrong, or undefined. An undecodable line
 * is tolerated only as the last line of the newest journal: a write that was never acknowledged,
 * torn by a crash (every acknowledged line was fsynced whole).
 */
export function replayJournal(
  state: StoreState,
  text: string,
  isNewest: boolean,
): string | undefined {
  const lines = text.split('\n');
  const lastLine = lines.findLastIndex((line) => line !== '');
  for (const [i, line] of lines.entries()) {
    if (line === '') continue;
    const entry = decodeEntry(line);
    if (entry) applyEntry(state, entry);
    else if (!(isNewest && i === lastLine)) return `line ${i + 1} is corrupt`;
  }
  return undefined;
}

/**
 * The whole state as one JSON document. `generation` is the number of the last journal it
 * includes; journals up to it are never replayed on top of it (replaying deletes and re-creates
 * twice could reorder keys).
 */
export function encodeSnapshot(state: StoreState, generation: number): string {
  const keys = [...state.keys.values()].map(keyToJson);
  const aliases = [...state.aliases.values()];
  return `${JSON.stringify({ format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, generation, keys, aliases })}\n`;
}

/** Snapshot text back to state, or an error message saying what is wrong. */
export function decodeSnapshot(text: string): { state: StoreState; generation: number } | string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return 'snapshot is not valid JSON';
  }
  if (!isObject(json) || json.format !== SNAPSHOT_FORMAT)
    return 'not a kms-contract keystore snapshot';
  if (json.version !== SNAPSHOT_VERSION)
    return `unsupported snapshot version ${String(json.version)}`;
  const { generation, keys, aliases } = json;
  if (!Number.isSafeInteger(generation) || typeof generation !== 'number' || generation < 0) {
    return 'snapshot generation is not a non-negative integer';
  }
  if (!Array.isArray(keys) || !Array.isArray(aliases))
    return 'snapshot keys/aliases are not arrays';
  const state = new StoreState();
  for (const [i, item] of keys.entries()) {
    const key = keyFromJson(item);
    if (!key) return `snapshot keys[${i}] is malformed`;
    state.putKey(key);
  }
  for (const [i, item] of aliases.entries()) {
    const alias = aliasFromJson(item);
    if (!alias) return `snapshot aliases[${i}] is malformed`;
    state.putAlias(alias);
  }
  return { state, generation };
}
