import { evidence } from './evidence/index.js';
import type { Check } from './types.js';

/**
 * `conform --list`: every check with its tier and the evidence it rests on (id, kind, source), so
 * a reader can see why each verdict is what it is before running anything.
 */
export function listChecks(checks: readonly Check[]): string {
  const lines: string[] = [];
  for (const check of checks) {
    const tier = check.authProbe
      ? `${check.severity} with --auth-enforced, else recommended`
      : check.severity;
    lines.push(`${check.id}  [${tier}]`, `  ${check.title}`, `  rule: ${check.rule}`);
    for (const id of check.evidence) {
      const e = evidence[id];
      lines.push(`  evidence ${id} (${e.kind}): ${e.source}`);
    }
    for (const id of check.tolerates ?? []) {
      const e = evidence[id];
      lines.push(`  tolerates ${id} (${e.kind}): ${e.source}`);
    }
    lines.push('');
  }
  const required = checks.filter((c) => c.severity === 'required').length;
  lines.push(
    `${checks.length} checks: ${required} required, ${checks.length - required} recommended`,
  );
  return lines.join('\n') + '\n';
}
