import type { Check } from './types.js';

/**
 * `--checks` patterns: comma-separated globs over check ids (`crypto.*`, `keys.disabled`,
 * `*round-trip*`); a leading `!` excludes. No pattern selects every check.
 */
export function selectChecks(checks: readonly Check[], pattern: string | undefined): Check[] {
  if (pattern === undefined || pattern.trim() === '') return [...checks];
  const parts = pattern
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const toRegex = (glob: string) =>
    new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  const include = parts.filter((p) => !p.startsWith('!')).map(toRegex);
  const exclude = parts.filter((p) => p.startsWith('!')).map((p) => toRegex(p.slice(1)));
  return checks.filter(
    (c) =>
      (include.length === 0 || include.some((r) => r.test(c.id))) &&
      !exclude.some((r) => r.test(c.id)),
  );
}
