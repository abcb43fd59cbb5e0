import type { CheckResult, FailureDetail, Severity } from './types.js';

/**
 * Failures that share one symptom: the same operation answered with the same status and `__type`
 * (or refused to be read the same way). One emulator bug often fails several checks; a finding
 * lists them together so the report says it once.
 */
export interface Finding {
  /** What the endpoint did, in one line: `Decrypt → HTTP 500 InternalFailure`. */
  symptom: string;
  kind: FailureDetail['kind'];
  operation?: string;
  status?: number;
  type?: string;
  /** `required` when any of its checks is required (and not in the baseline). */
  severity: Severity;
  checks: string[];
}

/** Kinds that describe the reply itself, so equal details mean one symptom; `content` is per check. */
const SHARED = new Set<FailureDetail['kind']>([
  'status',
  'error-type',
  'invalid-reply',
  'redirect',
  'too-large',
  'connection',
]);

function symptomOf(detail: FailureDetail): string {
  const reply =
    detail.kind === 'redirect' || detail.kind === 'too-large' || detail.kind === 'connection'
      ? `${detail.kind.replace('-', ' ')}${detail.actualStatus !== undefined ? ` (HTTP ${detail.actualStatus})` : ''}`
      : `HTTP ${detail.actualStatus ?? '?'}${detail.actualType ? ` ${detail.actualType}` : ''}${detail.kind === 'invalid-reply' ? ' (not a valid reply)' : ''}`;
  return `${detail.operation ?? '?'} → ${reply}`;
}

/** The findings of a run, most checks first; `baseline` failures do not make a finding required. */
export function findingsOf(
  results: readonly CheckResult[],
  baseline: ReadonlySet<string> = new Set(),
): Finding[] {
  const groups = new Map<string, Finding>();
  for (const result of results) {
    const outcome = result.outcome;
    if (outcome.status !== 'fail') continue;
    const detail = outcome.detail;
    const shared =
      detail !== undefined && detail.operation !== undefined && SHARED.has(detail.kind);
    const key = shared
      ? `${detail.operation}|${detail.actualStatus}|${detail.actualType ?? ''}|${detail.kind === 'invalid-reply' ? 'invalid' : ''}`
      : `check|${result.check.id}`;
    const required = result.check.severity === 'required' && !baseline.has(result.check.id);
    const existing = groups.get(key);
    if (existing) {
      existing.checks.push(result.check.id);
      if (required) existing.severity = 'required';
      continue;
    }
    groups.set(key, {
      symptom: shared
        ? symptomOf(detail)
        : `${result.check.id}: expected ${outcome.expected.slice(0, 120)}`,
      kind: detail?.kind ?? 'content',
      ...(detail?.operation !== undefined ? { operation: detail.operation } : {}),
      ...(detail?.actualStatus !== undefined ? { status: detail.actualStatus } : {}),
      ...(detail?.actualType !== undefined ? { type: detail.actualType } : {}),
      severity: required ? 'required' : 'recommended',
      checks: [result.check.id],
    });
  }
  return [...groups.values()].sort((a, b) => b.checks.length - a.checks.length);
}
