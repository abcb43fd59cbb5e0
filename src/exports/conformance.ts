/**
 * `kms-contract/conformance`: the runner as a library, for teams that drive it from their own code.
 *
 * @example
 * import { runConformance, allChecks, consoleReporter } from 'kms-contract/conformance';
 * const summary = await runConformance({
 *   endpoint: 'http://127.0.0.1:4566', region: 'us-east-1',
 *   credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
 *   checks: allChecks, reporters: [consoleReporter()],
 * });
 * process.exitCode = summary.exitCode;
 */
export { runConformance } from '../../conformance/runner.js';
export type { RunOptions, RunInfo, Summary, Reporter } from '../../conformance/runner.js';
export { allChecks } from '../../conformance/checks/index.js';
export { selectChecks } from '../../conformance/select.js';
export { consoleReporter } from '../../conformance/reporters/console.js';
export { reportersFor } from '../../conformance/reporters/index.js';
export type {
  Check,
  CheckResult,
  CheckContext,
  Verdict,
  Outcome,
  Area,
  Severity,
  Capability,
  Exchange,
  Reply,
} from '../../conformance/types.js';
