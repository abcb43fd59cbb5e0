import type { Credentials } from '../src/client/sign.js';
import { CheckFailure, CheckSkipped } from './failure.js';
import { selectChecks } from './select.js';
import { capabilitiesOf, setUp } from './setup.js';
import { BudgetExhausted, createTransport } from './transport.js';
import type { Check, CheckContext, CheckResult, Exchange, Outcome } from './types.js';

export interface RunInfo {
  endpoint: string;
  region: string;
  seed: number;
  checks: number;
}

export interface Summary extends RunInfo {
  results: CheckResult[];
  counts: { pass: number; fail: number; skip: number; error: number };
  /** Required checks that failed; recommended failures are reported but do not fail the run. */
  requiredFailures: number;
  /** Failed checks the baseline lists: reported, but they do not fail the run. */
  baselined: string[];
  /** Checks the baseline lists that did not fail this time: the entries to remove. */
  fixed: string[];
  requests: number;
  durationMs: number;
  /** 0: every required check passed or skipped; 1: one failed; 2: the runner itself broke. */
  exitCode: 0 | 1 | 2;
  setupExchanges: Exchange[];
}

/** Reporters read the stream of results; they never send requests (DESIGN.md). */
export interface Reporter {
  start?(info: RunInfo): void;
  result?(result: CheckResult): void;
  end(summary: Summary): void | Promise<void>;
}

export interface RunOptions {
  endpoint: string;
  region: string;
  credentials: Credentials;
  checks: readonly Check[];
  pattern?: string;
  keyIds?: readonly string[];
  seed?: number;
  budget?: number;
  timeoutMs?: number;
  /** Check ids known to fail on this endpoint (see baseline.ts). */
  baseline?: ReadonlySet<string>;
  /** The endpoint is declared to enforce SigV4: the auth probes run. */
  authEnforced?: boolean;
  reporters?: readonly Reporter[];
}

async function runOne(check: Check, ctx: CheckContext): Promise<Outcome> {
  try {
    return await check.run(ctx);
  } catch (error) {
    if (error instanceof CheckFailure)
      return { status: 'fail', expected: error.expected, actual: error.actual };
    if (error instanceof CheckSkipped) return { status: 'skip', reason: error.reason };
    if (error instanceof BudgetExhausted) return { status: 'skip', reason: error.message };
    return {
      status: 'error',
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    };
  }
}

/**
 * Runs the selected checks one after another against one endpoint: set-up, each check with its
 * own exchange log, teardown. An endpoint that breaks a rule gets `fail`; a check that throws
 * (network down, a bug) gets `error`, and the two are never confused.
 */
export async function runConformance(options: RunOptions): Promise<Summary> {
  const started = performance.now();
  const seed = options.seed ?? 20261129;
  const checks = selectChecks(options.checks, options.pattern);
  const info: RunInfo = {
    endpoint: options.endpoint,
    region: options.region,
    seed,
    checks: checks.length,
  };
  const reporters = options.reporters ?? [];
  for (const r of reporters) r.start?.(info);

  const transport = createTransport({
    endpoint: options.endpoint,
    region: options.region,
    credentials: options.credentials,
    budget: options.budget ?? 5000,
    timeoutMs: options.timeoutMs ?? 15_000,
  });
  const setupExchanges: Exchange[] = [];
  const setupSend = (operation: string, body: unknown) =>
    transport.send(operation, body, {}, (e) => setupExchanges.push(e));
  const results: CheckResult[] = [];
  let broken: string | undefined;

  let setup: Awaited<ReturnType<typeof setUp>> | undefined;
  try {
    setup = await setUp(setupSend, {
      keyIds: options.keyIds ?? [],
      runId: `${Date.now().toString(36)}${seed.toString(36)}`,
    });
  } catch (error) {
    broken = `set-up failed: ${error instanceof Error ? error.message : String(error)}`;
  }

  for (const check of checks) {
    const exchanges: Exchange[] = [];
    const t0 = performance.now();
    let outcome: Outcome;
    if (!setup) {
      outcome = { status: 'error', error: broken ?? 'set-up failed' };
    } else {
      const have = capabilitiesOf(setup.fixtures, options.authEnforced === true);
      const lacking = (check.needs ?? []).filter((need) => !have.has(need));
      if (lacking.length > 0) {
        const reasons = lacking.map((need) =>
          need === 'auth-enforced'
            ? 'auth-enforced: the endpoint is not declared to enforce SigV4 (--auth-enforced)'
            : `${need}: ${setup?.missing[need] ?? 'not available'}`,
        );
        outcome = { status: 'skip', reason: reasons.join('; ') };
      } else {
        const ctx: CheckContext = {
          endpoint: options.endpoint,
          region: options.region,
          seed,
          fixtures: setup.fixtures,
          send: (operation, body, probe = {}) =>
            transport.send(operation, body, probe, (e) => exchanges.push(e)),
        };
        outcome = await runOne(check, ctx);
      }
    }
    const result: CheckResult = {
      check: {
        id: check.id,
        title: check.title,
        area: check.area,
        rule: check.rule,
        severity: check.severity,
      },
      outcome,
      exchanges,
      durationMs: performance.now() - t0,
    };
    results.push(result);
    for (const r of reporters) r.result?.(result);
  }

  try {
    await setup?.teardown();
  } catch {
    // Teardown is best effort: keys left behind are scheduled for deletion by nobody, but verdicts stand.
  }

  const counts = { pass: 0, fail: 0, skip: 0, error: 0 };
  for (const r of results) counts[r.outcome.status] += 1;
  const baseline = options.baseline ?? new Set<string>();
  const failed = (r: CheckResult) => r.outcome.status === 'fail';
  const baselined = results
    .filter((r) => failed(r) && baseline.has(r.check.id))
    .map((r) => r.check.id);
  const fixed = results
    .filter((r) => baseline.has(r.check.id) && r.outcome.status === 'pass')
    .map((r) => r.check.id);
  const requiredFailures = results.filter(
    (r) => failed(r) && r.check.severity === 'required' && !baseline.has(r.check.id),
  ).length;
  const exitCode = counts.error > 0 || broken ? 2 : requiredFailures > 0 ? 1 : 0;
  const summary: Summary = {
    ...info,
    results,
    counts,
    requiredFailures,
    baselined,
    fixed,
    requests: transport.sent,
    durationMs: performance.now() - started,
    exitCode,
    setupExchanges,
  };
  for (const r of reporters) await r.end(summary);
  return summary;
}
