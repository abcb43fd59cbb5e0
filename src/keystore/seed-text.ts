/**
 * Seed files as text. Kept apart from seed.ts so that only code that reads seed files loads the
 * YAML parser (a fifth of the mock server's start-up otherwise).
 */
import { parse } from 'yaml';
import { validateSeed, type SeedResult } from './seed.js';

/** Parses seed text (YAML, or JSON, which is YAML) and validates it. */
export function parseSeedText(text: string): SeedResult {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (e) {
    const first = (e instanceof Error ? e.message : String(e)).split('\n')[0]?.replace(/:$/, '');
    return { ok: false, issues: [{ path: '', message: `not valid YAML or JSON: ${first ?? ''}` }] };
  }
  return validateSeed(doc);
}
