/**
 * Per-record checksums of the durable store's files (node only). Every journal line and every
 * snapshot record carries `sum`: the SHA-256 of its JSON without `sum`, so an edited, truncated or
 * mixed-up record is refused at open instead of being loaded as if KMS had written it.
 */
import { createHash } from 'node:crypto';
import { isObject } from './record-json.js';

type Json = Record<string, unknown>;

const sumOf = (text: string): string => createHash('sha256').update(text).digest('hex');

/** `record` with its checksum added as the last member. */
export function sealedValue(record: Json): Json {
  return { ...record, sum: sumOf(JSON.stringify(record)) };
}

/**
 * A sealed record back without its `sum`, or why not: `'missing'` (no sum), `'mismatch'` (the
 * record was changed after it was written).
 */
export function unsealRecord(value: unknown): Json | 'missing' | 'mismatch' {
  if (!isObject(value) || typeof value.sum !== 'string') return 'missing';
  const { sum, ...record } = value;
  return sumOf(JSON.stringify(record)) === sum ? record : 'mismatch';
}
