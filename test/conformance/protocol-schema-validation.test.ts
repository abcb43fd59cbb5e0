import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authChecks } from '../../conformance/checks/auth/index.js';
import { protocolChecks } from '../../conformance/checks/protocol/index.js';
import { schemaChecks } from '../../conformance/checks/schema/index.js';
import { validationChecks } from '../../conformance/checks/validation/index.js';
import type { Summary } from '../../conformance/runner.js';
import { startMockServer, type MockServer } from '../../src/server/start-mock-server.js';
import { COVERAGE_CHECKS } from './broken/coverage.js';
import { protocolSchemaValidationTargets } from './broken/protocol-schema-validation.js';
import { credentials, runChecks, startTarget, type Target } from './harness.js';

const OWN_AREAS = 'protocol.*,schema.*,validation.*';
const statuses = (summary: Summary) =>
  Object.fromEntries(summary.results.map((r) => [r.check.id, r.outcome.status]));

/** Most requests each area may send in one run against the mock: checks stay bounded. */
const REQUEST_CAPS = { protocol: 20, schema: 30, validation: 100, auth: 10 };

describe('protocol, schema and validation checks against the honest mock', () => {
  let target: Target;
  let summary: Summary;
  beforeAll(async () => {
    target = await startTarget();
    summary = await runChecks(target.url, OWN_AREAS);
  });
  afterAll(() => target.close());

  it('passes every one of them, recommended ones included', () => {
    const notPassed = summary.results
      .filter((r) => r.outcome.status !== 'pass')
      .map((r) => ({ id: r.check.id, outcome: r.outcome }));
    expect(notPassed).toEqual([]);
    expect(summary.results).toHaveLength(
      protocolChecks.length + schemaChecks.length + validationChecks.length,
    );
  });

  it('stays within a small request budget per area', () => {
    for (const area of ['protocol', 'schema', 'validation'] as const) {
      const sent = summary.results
        .filter((r) => r.check.area === area)
        .reduce((n, r) => n + r.exchanges.length, 0);
      expect(sent, area).toBeLessThanOrEqual(REQUEST_CAPS[area]);
    }
  });

  it('sends the same generated requests again with the same seed (fast-check runs are seeded)', async () => {
    const again = await runChecks(target.url, 'validation.*-property');
    const bodies = (s: Summary) =>
      s.results.flatMap((r) =>
        r.exchanges.map((e) => e.request.body.replace(/"(KeyId|Arn)":"[^"]*"/g, '')),
      );
    const first = summary.results.filter((r) => r.check.id.endsWith('-property'));
    expect(bodies(again)).toEqual(bodies({ ...summary, results: first }));
  });
});

describe.each(protocolSchemaValidationTargets.map((t) => [t.name, t] as const))(
  'a target that %s',
  (_name, broken) => {
    let target: Target;
    beforeAll(async () => {
      target = await startTarget(broken.mutation);
    });
    afterAll(() => target.close());

    it(`fails ${broken.fails.join(', ') || 'nothing'}${broken.passes ? ` and passes ${broken.passes.join(', ')}` : ''}`, async () => {
      const ids = [...broken.fails, ...(broken.passes ?? [])];
      const summary = await runChecks(target.url, ids.join(','));
      const want = Object.fromEntries([
        ...broken.fails.map((id) => [id, 'fail']),
        ...(broken.passes ?? []).map((id) => [id, 'pass']),
      ]);
      expect(statuses(summary)).toEqual(want);
    });
  },
);

describe('auth checks (the --auth-enforced profile)', () => {
  let signing: MockServer;
  let open: Target;
  beforeAll(async () => {
    signing = await startMockServer({ auth: 'sigv4', credentials: [credentials] });
    open = await startTarget();
  });
  afterAll(async () => {
    await signing.close();
    await open.close();
  });

  it('all pass against the mock verifying SigV4', async () => {
    const summary = await runChecks(signing.url, 'auth.*', { authEnforced: true });
    expect(statuses(summary)).toEqual(Object.fromEntries(authChecks.map((c) => [c.id, 'pass'])));
    const sent = summary.results.reduce((n, r) => n + r.exchanges.length, 0);
    expect(sent).toBeLessThanOrEqual(REQUEST_CAPS.auth);
  });

  it('all fail against the mock accepting any request, when declared enforced', async () => {
    const summary = await runChecks(open.url, 'auth.*', { authEnforced: true });
    expect(statuses(summary)).toEqual(Object.fromEntries(authChecks.map((c) => [c.id, 'fail'])));
    expect(summary.exitCode).toBe(1);
  });

  it('run by default, at the recommended tier: the endpoint is shown, not failed', async () => {
    const summary = await runChecks(open.url, 'auth.*');
    expect(statuses(summary)).toEqual(Object.fromEntries(authChecks.map((c) => [c.id, 'fail'])));
    for (const r of summary.results) expect(r.check.severity).toBe('recommended');
    expect(summary.requiredFailures).toBe(0);
    expect(summary.exitCode).toBe(0);
  });

  it('are required beside the required checks of other areas when declared enforced', async () => {
    const summary = await runChecks(open.url, 'auth.unsigned,protocol.success-status', {
      authEnforced: true,
    });
    expect(summary.results.map((r) => [r.check.id, r.check.severity, r.outcome.status])).toEqual([
      ['protocol.success-status', 'required', 'pass'],
      ['auth.unsigned', 'required', 'fail'],
    ]);
    expect(summary.exitCode).toBe(1);
  });
});

describe('the catalogue of broken targets', () => {
  it('makes every protocol, schema and validation check fail somewhere', () => {
    const failing = new Set(protocolSchemaValidationTargets.flatMap((t) => t.fails));
    // The coverage checks are proven by their own catalogue (coverage.test.ts).
    const ids = [...protocolChecks, ...schemaChecks, ...validationChecks]
      .map((c) => c.id)
      .filter((id) => !COVERAGE_CHECKS.includes(id));
    expect(ids.filter((id) => !failing.has(id))).toEqual([]);
  });
});
