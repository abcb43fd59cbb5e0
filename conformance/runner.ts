import type { Credentials } from '../src/client/sign.js';
import { AUTH_REFUSALS } from './checks/auth/refusal.js';
import {
  DEFAULT_BUDGET,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_SEED,
  DEFAULT_TIMEOUT_MS,
} from './defaults.js';
import { CheckFailure, CheckSkipped } from './failure.js';
import { findingsOf, type Finding } from './findings.js';
import { selectChecks } from './select.js';
import { capabilitiesOf, setUp } from './setup.js';
import { BudgetExhausted, createTransport, EndpointFault, RunTimeLimit } from './transport.js';
import type { Check, CheckContext, CheckResult, Exchange, Outcome, Reply } from './types.js';

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
  /** Failures grouped by symptom (findings.ts). */
  findings: Finding[];
  requests: number;
  durationMs: number;
  /** 0: every required check passed or skipped; 1: one failed; 2: the runner could not judge. */
  exitCode: 0 | 1 | 2;
  /** Why the exit code is 2, said once (unreachable endpoint, refused credentials, nothing checked). */
  stopReason?: string;
  setupExchanges: Exchange[];
}

/** Reporters read the stream of results; they never send requests. */
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
  /** Per-request time limit. */
  timeoutMs?: number;
  /** Whole-run time limit: what has not finished by then is skipped, and the run exits 2. */
  maxTimeMs?: number;
  /** Largest reply read; a larger one fails its check. */
  maxResponseBytes?: number;
  /** Check ids known to fail on this endpoint (see baseline.ts). */
  baseline?: ReadonlySet<string>;
  /** The endpoint is declared to enforce SigV4: the auth probes are required, not recommended. */
  authEnforced?: boolean;
  reporters?: readonly Reporter[];
}

const TIME_UP = 'not finished: the run time limit (--max-time) was reached';

async function runOne(check: Check, ctx: CheckContext): Promise<Outcome> {
  try {
    return await check.run(ctx);
  } catch (error) {
    if (error instanceof CheckFailure)
      return {
        status: 'fail',
        expected: error.expected,
        actual: error.actual,
        detail: error.detail,
      };
    if (error instanceof EndpointFault)
      return {
        status: 'fail',
        expected: 'a readable reply',
        actual: error.message,
        detail: {
          kind: error.kind,
          ...(error.operation !== undefined ? { operation: error.operation } : {}),
          ...(error.status !== undefined ? { actualStatus: error.status } : {}),
        },
      };
    if (error instanceof CheckSkipped) return { status: 'skip', reason: error.reason };
    if (error instanceof BudgetExhausted) return { status: 'skip', reason: error.message };
    if (error instanceof RunTimeLimit) return { status: 'skip', reason: TIME_UP };
    return {
      status: 'error',
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    };
  }
}

/**
 * The tier of a check in this run: auth probes run against every endpoint, but decide the exit
 * code only where the endpoint is declared to enforce SigV4; elsewhere they are shown, not failed.
 */
export function tierOf(check: Check, authEnforced: boolean): Check['severity'] {
  return check.authProbe && !authEnforced ? 'recommended' : check.severity;
}

/** A set-up reply for a request the endpoint answered unreadably: the set-up sees a failed call. */
function faultReply(operation: string, fault: EndpointFault): Reply {
  return {
    operation,
    status: fault.status ?? 0,
    headers: {},
    text: '',
    json: undefined,
    errorType: undefined,
    errorMessage: fault.message,
  };
}

/**
 * Whether the runner can judge this endpoint at all, asked once before anything else: an endpoint
 * that does not answer, or that refuses the runner's own credentials, stops the run with the cause.
 */
async function preflight(
  send: (op: string, body: unknown) => Promise<Reply>,
): Promise<string | undefined> {
  let reply: Reply;
  try {
    reply = await send('ListKeys', {});
  } catch (error) {
    if (error instanceof EndpointFault && error.kind === 'connection')
      return `the endpoint is unreachable: ${error.message.replace(/^no reply: /, '')}`;
    if (error instanceof EndpointFault) return undefined; // reachable; the checks judge it
    throw error;
  }
  const refusals: readonly string[] = AUTH_REFUSALS;
  if ((reply.status === 400 || reply.status === 403) && refusals.includes(reply.errorType ?? ''))
    return `the endpoint refused the runner's credentials: HTTP ${reply.status} ${reply.errorType}${reply.errorMessage ? `: ${reply.errorMessage.slice(0, 200)}` : ''} (set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY to a key it accepts)`;
  return undefined;
}

/**
 * Runs the selected checks one after another against one endpoint: a preflight, set-up, each check
 * with its own exchange log, teardown. An endpoint that breaks a rule gets `fail`; a check that
 * throws (a bug) gets `error`, and the two are never confused. A run that cannot judge (nothing
 * selected, endpoint unreachable, credentials refused, nothing checked) exits 2 with the reason.
 */
export async function runConformance(options: RunOptions): Promise<Summary> {
  const started = performance.now();
  const seed = options.seed ?? DEFAULT_SEED;
  const checks = selectChecks(options.checks, options.pattern);
  const authEnforced = options.authEnforced === true;
  const info: RunInfo = {
    endpoint: options.endpoint,
    region: options.region,
    seed,
    checks: checks.length,
  };
  const reporters = options.reporters ?? [];
  for (const r of reporters) r.start?.(info);

  const runSignal =
    options.maxTimeMs !== undefined ? AbortSignal.timeout(options.maxTimeMs) : undefined;
  const transport = createTransport({
    endpoint: options.endpoint,
    region: options.region,
    credentials: options.credentials,
    budget: options.budget ?? DEFAULT_BUDGET,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxResponseBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    ...(runSignal ? { runSignal } : {}),
  });
  const setupExchanges: Exchange[] = [];
  const rawSetupSend = (operation: string, body: unknown) =>
    transport.send(operation, body, {}, (e) => setupExchanges.push(e));
  const setupSend = async (operation: string, body: unknown): Promise<Reply> => {
    try {
      return await rawSetupSend(operation, body);
    } catch (error) {
      if (error instanceof EndpointFault) return faultReply(operation, error);
      throw error;
    }
  };
  const results: CheckResult[] = [];
  let stopReason: string | undefined;

  if (checks.length === 0)
    stopReason = `no check selected${options.pattern !== undefined ? ` by --checks ${options.pattern}` : ''}`;
  let setup: Awaited<ReturnType<typeof setUp>> | undefined;
  try {
    stopReason ??= await preflight(rawSetupSend);
    if (stopReason === undefined)
      setup = await setUp(setupSend, {
        keyIds: options.keyIds ?? [],
        runId: `${Date.now().toString(36)}${seed.toString(36)}`,
      });
  } catch (error) {
    stopReason =
      error instanceof RunTimeLimit
        ? TIME_UP
        : `set-up failed: ${error instanceof Error ? error.message : String(error)}`;
  }

  for (const check of setup ? checks : []) {
    const exchanges: Exchange[] = [];
    const t0 = performance.now();
    let outcome: Outcome;
    const have = capabilitiesOf(setup?.fixtures ?? {});
    const lacking = (check.needs ?? []).filter((need) => !have.has(need));
    if (runSignal?.aborted) {
      outcome = { status: 'skip', reason: TIME_UP };
    } else if (lacking.length > 0) {
      const reasons = lacking.map((need) => `${need}: ${setup?.missing[need] ?? 'not available'}`);
      outcome = { status: 'skip', reason: reasons.join('; ') };
    } else {
      const ctx: CheckContext = {
        endpoint: options.endpoint,
        region: options.region,
        seed,
        fixtures: setup?.fixtures ?? {},
        unavailable: setup?.missing ?? {},
        send: async (operation, body, probe = {}) => {
          try {
            return await transport.send(operation, body, probe, (e) => exchanges.push(e));
          } catch (error) {
            if (error instanceof EndpointFault) error.operation ??= operation;
            throw error;
          }
        },
      };
      outcome = await runOne(check, ctx);
    }
    const result: CheckResult = {
      check: {
        id: check.id,
        title: check.title,
        area: check.area,
        rule: check.rule,
        severity: tierOf(check, authEnforced),
        evidence: check.evidence,
        ...(check.tolerates ? { tolerates: check.tolerates } : {}),
      },
      outcome,
      exchanges,
      durationMs: performance.now() - t0,
    };
    results.push(result);
    for (const r of reporters) r.result?.(result);
  }

  try {
    if (!runSignal?.aborted) await setup?.teardown();
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

  if (stopReason === undefined && runSignal?.aborted) stopReason = TIME_UP;
  if (stopReason === undefined && counts.error > 0)
    stopReason = `${counts.error} check${counts.error === 1 ? '' : 's'} ended in a runner error (not a verdict on the endpoint)`;
  const judged = (r: CheckResult) => r.outcome.status === 'pass' || r.outcome.status === 'fail';
  const required = results.filter((r) => r.check.severity === 'required');
  if (stopReason === undefined && results.length > 0 && !results.some(judged))
    stopReason = 'every selected check was skipped: nothing was checked';
  else if (stopReason === undefined && required.length > 0 && !required.some(judged))
    stopReason = 'every required check was skipped: nothing required was checked';

  const exitCode = stopReason !== undefined ? 2 : requiredFailures > 0 ? 1 : 0;
  const summary: Summary = {
    ...info,
    results,
    counts,
    requiredFailures,
    baselined,
    fixed,
    findings: findingsOf(results, baseline),
    requests: transport.sent,
    durationMs: performance.now() - started,
    exitCode,
    ...(stopReason !== undefined ? { stopReason } : {}),
    setupExchanges,
  };
  for (const r of reporters) await r.end(summary);
  return summary;
}
