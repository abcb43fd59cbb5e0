import { readFile } from 'node:fs/promises';
import { parseBaseline } from '../../conformance/baseline.js';
import { allChecks } from '../../conformance/checks/index.js';
import {
  credentialsFrom,
  DEFAULT_BUDGET,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_SEED,
  DEFAULT_TIMEOUT_MS,
  EMBEDDED_KNOWN_FAILURES,
  startEmbeddedMock,
} from '../../conformance/embedded.js';
import { listChecks } from '../../conformance/list.js';
import { reportersFor } from '../../conformance/reporters/index.js';
import { runConformance } from '../../conformance/runner.js';
import { selectChecks } from '../../conformance/select.js';
import { intOption, parseCommand } from './common.js';
import { COMMANDS, UsageError } from './usage.js';

/** A positive number of seconds, as milliseconds. */
function secondsOption(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0)
    throw new UsageError(`--${name} must be a positive number of seconds, not ${text}`);
  return Math.round(n * 1000);
}

/** `kms-contract conform`: the main job. */
export async function conform(argv: string[]): Promise<number> {
  const { values } = parseCommand(COMMANDS.conform.options, argv);
  if (values.list) {
    const checks = selectChecks(allChecks, values.checks);
    if (checks.length === 0) throw new UsageError(`--checks ${values.checks} selects no check`);
    process.stdout.write(listChecks(checks));
    return 0;
  }
  const formats = values.report.flatMap((r) => r.split(',')).map((r) => r.trim());
  const reporters = reportersFor(formats, values.out);
  const baseline =
    values.baseline === undefined
      ? undefined
      : parseBaseline(await readFile(values.baseline, 'utf8'), values.baseline);
  if (values.endpoint !== undefined) {
    try {
      new URL(values.endpoint);
    } catch {
      throw new UsageError(`--endpoint is not a URL: ${values.endpoint}`);
    }
  }
  const credentials = credentialsFrom(process.env);
  const seed = intOption('seed', values.seed, DEFAULT_SEED);
  const budget = intOption('budget', values.budget, DEFAULT_BUDGET);
  const timeoutMs = secondsOption('timeout', values.timeout) ?? DEFAULT_TIMEOUT_MS;
  const maxTimeMs = secondsOption('max-time', values['max-time']);
  const maxResponseBytes = intOption(
    'max-response-bytes',
    values['max-response-bytes'],
    DEFAULT_MAX_RESPONSE_BYTES,
  );
  // Without --endpoint: the built-in mock, checking SigV4 with the runner's own key.
  const embedded =
    values.endpoint === undefined ? await startEmbeddedMock(values.region, credentials) : undefined;
  try {
    const summary = await runConformance({
      endpoint: values.endpoint ?? embedded?.url ?? '',
      region: values.region,
      credentials,
      checks: allChecks,
      keyIds: values['key-id'],
      seed,
      budget,
      timeoutMs,
      maxResponseBytes,
      ...(maxTimeMs !== undefined ? { maxTimeMs } : {}),
      authEnforced: values['auth-enforced'] || embedded !== undefined,
      // The embedded mock's known gaps are reported as such unless a baseline is given.
      ...(baseline ? { baseline } : embedded ? { baseline: new Set(EMBEDDED_KNOWN_FAILURES) } : {}),
      reporters,
      ...(values.checks !== undefined ? { pattern: values.checks } : {}),
    });
    return summary.exitCode;
  } finally {
    await embedded?.close();
  }
}
