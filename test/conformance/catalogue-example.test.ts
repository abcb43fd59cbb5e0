import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allChecks } from '../../conformance/checks/index.js';
import { EMBEDDED_KNOWN_FAILURES } from '../../conformance/embedded.js';
import {
  bodyOf,
  operationOf,
  outcomeOf,
  runChecks,
  startTarget,
  withBody,
  type Target,
} from './harness.js';

describe('the conformance runner against the built-in mock', () => {
  let target: Target;
  beforeAll(async () => {
    target = await startTarget();
  });
  afterAll(() => target.close());

  it('passes every required check but the mock’s known gaps, and errors on none', async () => {
    const summary = await runChecks(target.url, '*', {
      baseline: new Set(EMBEDDED_KNOWN_FAILURES),
    });
    const bad = summary.results.filter(
      (r) =>
        r.outcome.status === 'error' ||
        (r.outcome.status === 'fail' &&
          r.check.severity === 'required' &&
          !EMBEDDED_KNOWN_FAILURES.includes(r.check.id)),
    );
    expect(bad.map((r) => ({ id: r.check.id, outcome: r.outcome }))).toEqual([]);
    expect(summary.counts.pass).toBeGreaterThan(0);
    expect(summary.exitCode).toBe(0);
    expect(summary.results).toHaveLength(allChecks.length);
  });
});

describe('an endpoint that answers an empty 200 to GenerateDataKey', () => {
  let target: Target;
  beforeAll(async () => {
    target = await startTarget(async (request, next) => {
      const reply = await next(request);
      return operationOf(request) === 'GenerateDataKey' && reply.status === 200
        ? withBody(reply, {})
        : reply;
    });
  });
  afterAll(() => target.close());

  it('fails schema.generate-data-key-response', async () => {
    expect((await outcomeOf(target.url, 'schema.generate-data-key-response')).status).toBe('fail');
  });

  it('is a verdict, not a runner error (exit code 1)', async () => {
    const summary = await runChecks(target.url, 'schema.*,crypto.*');
    expect(summary.exitCode).toBe(1);
    expect(bodyOf({ status: 200, headers: {}, body: '' })).toEqual({});
  });
});

describe('an endpoint that is not there', () => {
  it('is a runner error (exit code 2), never a fail', async () => {
    const summary = await runChecks('http://127.0.0.1:9', 'crypto.decrypt-round-trip');
    expect(summary.exitCode).toBe(2);
    expect(summary.counts.fail).toBe(0);
  });
});
