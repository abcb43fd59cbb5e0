/**
 * The conformance catalogue as vitest tests, one `it` per check, named by its id:
 *
 *   KMS_ENDPOINT=http://127.0.0.1:4566 npx vitest run --project conformance
 *
 * The catalogue runs once, in `beforeAll`, through the same runner as `kms-contract conform`; each
 * test then reports its stored result, so no request is sent twice. Without KMS_ENDPOINT the
 * embedded mock is started on a free port, so a plain `npx vitest run` (which runs this project
 * too) checks the built-in mock quickly and never points at nothing. Settings: ./settings.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allChecks } from '../checks/index.js';
import { byArea, scrub } from '../reporters/common.js';
import { reportersFor } from '../reporters/index.js';
import { curlFor } from '../reporters/reproduce.js';
import { readFile } from 'node:fs/promises';
import { parseBaseline } from '../baseline.js';
import { runConformance, type Summary } from '../runner.js';
import { selectChecks } from '../select.js';
import type { Check, CheckResult } from '../types.js';
import type { MockServer } from '../../src/server/start-mock-server.js';
import { EMBEDDED_KNOWN_FAILURES, startEmbeddedMock } from '../embedded.js';
import { readSettings } from './settings.js';

const settings = readSettings();
const selected = selectChecks(allChecks, settings.pattern);

/** Runs against a real endpoint can be slow (moto answers ~170 requests a second). */
const RUN_TIMEOUT_MS = 20 * 60_000;

let summary: Summary | undefined;
let embedded: MockServer | undefined;

beforeAll(async () => {
  if (selected.length === 0) return;
  // As the CLI does: without an endpoint, the built-in mock, checking SigV4 with the runner's key.
  embedded =
    settings.endpoint === undefined
      ? await startEmbeddedMock(settings.region, settings.credentials)
      : undefined;
  const baseline =
    settings.baselinePath === undefined
      ? undefined
      : parseBaseline(await readFile(settings.baselinePath, 'utf8'), settings.baselinePath);
  const formats = (process.env['KMS_REPORT'] ?? '')
    .split(',')
    .map((f) => f.trim())
    .filter((f) => f !== '' && f !== 'console');
  summary = await runConformance({
    endpoint: settings.endpoint ?? embedded?.url ?? '',
    region: settings.region,
    credentials: settings.credentials,
    checks: selected,
    keyIds: settings.keyIds,
    seed: settings.seed,
    budget: settings.budget,
    authEnforced: settings.authEnforced || embedded !== undefined,
    ...(baseline ? { baseline } : embedded ? { baseline: new Set(EMBEDDED_KNOWN_FAILURES) } : {}),
    reporters: reportersFor(formats, process.env['KMS_OUT'] ?? 'reports/conformance'),
  });
}, RUN_TIMEOUT_MS);

afterAll(async () => {
  await embedded?.close();
});

function resultOf(check: Check): CheckResult {
  const result = summary?.results.find((r) => r.check.id === check.id);
  if (!result) throw new Error(`the run produced no result for ${check.id} (did beforeAll fail?)`);
  return result;
}

/** What the assertion message carries besides expected/actual: the rule and how to see it yourself. */
function context(result: CheckResult): string {
  const last = result.exchanges.at(-1);
  const reproduce = last
    ? `\nreproduce:\n${curlFor(last, summary?.region ?? settings.region)}\n`
    : '';
  return `${result.check.title}\nrule: ${result.check.rule}\nevidence: ${result.check.evidence.join(', ')}${reproduce}`;
}

if (selected.length === 0) {
  it('KMS_CHECKS selects at least one check', () => {
    throw new Error(
      `KMS_CHECKS=${JSON.stringify(settings.pattern)} matches none of the ${allChecks.length} checks`,
    );
  });
}

const target = settings.endpoint ?? 'the embedded mock';

describe(`KMS conformance of ${target}`, () => {
  for (const [area, checks] of byArea(selected.map((check) => ({ check })))) {
    describe(area, () => {
      for (const { check } of checks) {
        const tier = check.severity === 'recommended' ? ' (recommended)' : '';
        it(`${check.id}${tier}`, (ctx) => {
          const result = resultOf(check);
          const outcome = result.outcome;
          switch (outcome.status) {
            case 'pass':
              return;
            case 'skip':
              ctx.skip(scrub(outcome.reason));
              return;
            case 'error':
              throw new Error(
                `runner error (not a verdict on the endpoint): ${scrub(outcome.error)}`,
              );
            case 'fail':
              if (summary?.baselined.includes(check.id)) {
                ctx.skip(
                  `known failure (in the baseline): expected ${scrub(outcome.expected)}, got ${scrub(outcome.actual)}`,
                );
              }
              // The exit code ignores the recommended tier; so does a default run here (KMS_STRICT=1 to fail on it).
              if (check.severity === 'recommended' && !settings.strict)
                ctx.skip(
                  `recommended tier not met: expected ${scrub(outcome.expected)}, got ${scrub(outcome.actual)}`,
                );
              expect(scrub(outcome.actual), context(result)).toBe(scrub(outcome.expected));
          }
        });
      }
    });
  }
});
