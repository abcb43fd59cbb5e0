import { join } from 'node:path';
import { evidence, type EvidenceId, type EvidenceKind } from '../evidence/index.js';
import type { Finding } from '../findings.js';
import type { Reporter, Summary } from '../runner.js';
import type { Area, CheckResult, Exchange, Outcome, Severity } from '../types.js';
import { scrubOutcome, verdictOf, writeReport, type Verdict } from './common.js';

/** One piece of evidence a check rests on, as the register (conformance/evidence/) holds it. */
export interface JsonEvidence {
  id: EvidenceId;
  kind: EvidenceKind;
  source: string;
  fact: string;
}

/**
 * One check in the JSON report. `outcome` is the runner's verdict as it is: `status` is `pass`
 * (optional `note`), `fail` (`expected`, `actual`, and `detail`: kind, operation, expected and
 * actual status and `__type`), `skip` (`reason`) or `error` (`error`: the runner broke, not the
 * endpoint).
 */
export interface JsonResult {
  /** `area.name`, stable across releases; the file is `conformance/checks/<area>/<name>.ts`. */
  id: string;
  title: string;
  area: Area;
  /** The rule, in one line. */
  rule: string;
  /** The evidence every assertion rests on. */
  evidence: JsonEvidence[];
  /** Evidence for replies the check also accepts (widening only). */
  tolerates: JsonEvidence[];
  /** `required` checks decide the exit code; `recommended` ones are reported only (this run's tier). */
  severity: Severity;
  outcome: Outcome;
  /** Every request the check sent and what came back, in order; plaintext redacted. */
  exchanges: Exchange[];
  durationMs: number;
}

/**
 * `conformance.json`, schema version 2 (docs/report-json.md). Additive changes (new members) keep
 * the version; renaming, removing or retyping a member bumps it.
 */
export interface JsonReport {
  schemaVersion: 2;
  tool: 'kms-contract conform';
  endpoint: string;
  region: string;
  seed: number;
  /** ISO 8601; the run's start as the reporter saw it (or end minus duration). */
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  /** Requests sent, set-up and teardown included. */
  requests: number;
  counts: { total: number; pass: number; fail: number; skip: number; error: number };
  /** Fails of required checks; recommended fails are in `counts.fail` but not here. */
  requiredFailures: number;
  /** Failed checks the `--baseline` lists (they do not fail the run); empty without a baseline. */
  baselined: string[];
  /** Checks the `--baseline` lists that passed this time: entries to remove. */
  fixed: string[];
  /** 0 every required check passed or skipped; 1 a required check failed; 2 the runner broke. */
  exitCode: 0 | 1 | 2;
  verdict: Verdict;
  /** Why the exit code is 2, said once; absent otherwise. */
  stopReason?: string;
  /** Failures grouped by symptom (operation, status, `__type`), most checks first. */
  findings: Finding[];
  /** The key set-up's requests (CreateKey, CreateAlias, ...), for when a skip reason needs them. */
  setupExchanges: Exchange[];
  results: JsonResult[];
}

function evidenceEntry(id: EvidenceId): JsonEvidence {
  return { id, ...evidence[id] };
}

/** The report object for a summary; `startedAt` defaults to the end minus the run's duration. */
export function jsonReportOf(
  summary: Summary,
  finishedAt = new Date(),
  startedAt?: Date,
): JsonReport {
  const started = startedAt ?? new Date(finishedAt.getTime() - summary.durationMs);
  const result = (r: CheckResult): JsonResult => ({
    id: r.check.id,
    title: r.check.title,
    area: r.check.area,
    rule: r.check.rule,
    evidence: r.check.evidence.map(evidenceEntry),
    tolerates: (r.check.tolerates ?? []).map(evidenceEntry),
    severity: r.check.severity,
    outcome: scrubOutcome(r.outcome),
    exchanges: r.exchanges,
    durationMs: Math.round(r.durationMs * 10) / 10,
  });
  return {
    schemaVersion: 2,
    tool: 'kms-contract conform',
    endpoint: summary.endpoint,
    region: summary.region,
    seed: summary.seed,
    startedAt: started.toISOString(),
    finishedAt: finishedAt.toISOString(),
    durationMs: Math.round(summary.durationMs),
    requests: summary.requests,
    counts: { total: summary.results.length, ...summary.counts },
    requiredFailures: summary.requiredFailures,
    baselined: summary.baselined,
    fixed: summary.fixed,
    exitCode: summary.exitCode,
    verdict: verdictOf(summary.exitCode),
    ...(summary.stopReason !== undefined ? { stopReason: summary.stopReason } : {}),
    findings: summary.findings,
    setupExchanges: summary.setupExchanges,
    results: summary.results.map(result),
  };
}

/** Writes `<out>/conformance.json` at the end of the run. */
export function jsonReporter(out: string): Reporter {
  let startedAt: Date | undefined;
  return {
    start() {
      startedAt = new Date();
    },
    async end(summary) {
      const report = jsonReportOf(summary, new Date(), startedAt);
      await writeReport(join(out, 'conformance.json'), JSON.stringify(report, null, 2) + '\n');
    },
  };
}
