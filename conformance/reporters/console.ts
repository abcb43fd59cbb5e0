import type { Finding } from '../findings.js';
import type { Reporter, Summary } from '../runner.js';
import type { Area, CheckResult } from '../types.js';
import { scrub, verdictOf } from './common.js';
import { curlFor } from './reproduce.js';

/**
 * Endpoint-supplied text (a `__type`, a message, a body) reaches the terminal only as visible
 * characters: C0 controls but newline (ESC, BEL, CR, ...), DEL, C1 controls and the bidirectional
 * overrides are written as \u escapes, so a reply cannot move the cursor, recolour, retitle or
 * reorder what the user reads.
 */
export function terminalSafe(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => (c === '\t' ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  );
}

const MARK = { pass: 'PASS', fail: 'FAIL', skip: 'SKIP', error: 'ERR ' } as const;

function line(result: CheckResult): string {
  const { outcome, check } = result;
  const tier = check.severity === 'recommended' ? ' (recommended)' : '';
  const head = `  ${MARK[outcome.status]} ${check.id}${tier}  ${Math.round(result.durationMs)} ms`;
  if (outcome.status === 'skip') return `${head}\n       skipped: ${scrub(outcome.reason)}`;
  if (outcome.status === 'error') return `${head}\n       runner error: ${scrub(outcome.error)}`;
  return head;
}

function table(summary: Summary): string {
  const areas = new Map<Area, Record<'pass' | 'fail' | 'skip' | 'error', number>>();
  for (const r of summary.results) {
    const row = areas.get(r.check.area) ?? { pass: 0, fail: 0, skip: 0, error: 0 };
    row[r.outcome.status] += 1;
    areas.set(r.check.area, row);
  }
  const rows = [
    ['area', 'pass', 'fail', 'skip', 'error'],
    ...[...areas].map(([area, c]) => [area, c.pass, c.fail, c.skip, c.error].map(String)),
  ];
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows
    .map(
      (r) =>
        '  ' +
        r
          .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
          .join('  '),
    )
    .join('\n');
}

function failures(summary: Summary): string {
  const failed = summary.results.filter((r) => r.outcome.status === 'fail');
  return failed
    .map((r) => {
      if (r.outcome.status !== 'fail') return '';
      const last = r.exchanges.at(-1);
      return [
        `FAIL ${r.check.id}${r.check.severity === 'recommended' ? ' (recommended)' : ''}: ${r.check.title}`,
        `  rule:     ${r.check.rule}`,
        `  evidence: ${r.check.evidence.join(', ')}`,
        `  expected: ${scrub(r.outcome.expected)}`,
        `  actual:   ${scrub(r.outcome.actual)}`,
        ...(last ? ['  reproduce:', curlFor(last, summary.region).replace(/^/gm, '    ')] : []),
      ].join('\n');
    })
    .join('\n\n');
}

/**
 * What a finding is, in the console's words: `required` fails the run; `known` is a failure the
 * baseline already lists (a required check included), which does not; `recommended` is a failure of
 * recommended checks only. A finding's `severity` alone would call a baselined required failure
 * `recommended`, which it is not.
 */
function findingLabel(finding: Finding, baselined: ReadonlySet<string>): string {
  if (finding.severity === 'required') return 'required';
  return finding.checks.every((id) => baselined.has(id)) ? 'known' : 'recommended';
}

function findings(summary: Summary): string {
  if (summary.findings.length === 0) return '';
  const baselined = new Set(summary.baselined);
  const lines = summary.findings.map((f) => {
    const ids = f.checks.map((id) =>
      baselined.has(id) && findingLabel(f, baselined) !== 'known' ? `${id} (known)` : id,
    );
    return `  ${findingLabel(f, baselined).padEnd(11)} ${f.symptom}\n      ${f.checks.length} check${f.checks.length === 1 ? '' : 's'}: ${ids.join(', ')}`;
  });
  return [
    'findings (failures grouped by what the endpoint did; required: fails the run, known: in the',
    'baseline, so it does not, recommended: recommended checks only):',
    ...lines,
  ].join('\n');
}

/**
 * Progress as each check finishes, then a table by area and every failure with what was expected,
 * what came back, and a curl command that reproduces it, then the findings.
 */
export function consoleReporter(
  output: (text: string) => void = (t) => process.stdout.write(t),
): Reporter {
  const write = (text: string) => output(terminalSafe(text));
  return {
    start(info) {
      write(
        `kms-contract conform: ${info.checks} checks against ${info.endpoint} (region ${info.region}, seed ${info.seed})\n\n`,
      );
    },
    result(result) {
      write(line(result) + '\n');
    },
    end(summary) {
      write(`\n${table(summary)}\n`);
      const detail = failures(summary);
      if (detail) write(`\n${detail}\n`);
      const grouped = findings(summary);
      if (grouped) write(`\n${grouped}\n`);
      if (summary.stopReason !== undefined) write(`\nstopped: ${summary.stopReason}\n`);
      const { pass, fail, skip, error } = summary.counts;
      const verdict = verdictOf(summary.exitCode);
      if (summary.baselined.length > 0) {
        write(
          `\nknown failures (in the baseline; they do not fail the run): ${summary.baselined.join(', ')}\n`,
        );
      }
      if (summary.fixed.length > 0) {
        write(`now passing, remove from the baseline: ${summary.fixed.join(', ')}\n`);
      }
      write(
        `\n${pass} passed, ${fail} failed, ${skip} skipped, ${error} errors; ${summary.requests} requests in ${(summary.durationMs / 1000).toFixed(1)} s: ${verdict}\n`,
      );
    },
  };
}
