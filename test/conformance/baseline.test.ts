import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BaselineError, parseBaseline } from '../../conformance/baseline.js';
import { jsonReportOf } from '../../conformance/reporters/json.js';
import { junitXmlOf } from '../../conformance/reporters/junit.js';
import { operationOf, runChecks, startTarget, type Target } from './harness.js';

describe('parseBaseline', () => {
  it('reads { knownFailures } and a previous JSON report', () => {
    expect([...parseBaseline('{"knownFailures":["keys.disabled"]}', 'b.json')]).toEqual([
      'keys.disabled',
    ]);
    const report = {
      results: [
        { id: 'a.x', outcome: { status: 'fail' } },
        { id: 'a.y', outcome: { status: 'pass' } },
      ],
    };
    expect([...parseBaseline(JSON.stringify(report), 'r.json')]).toEqual(['a.x']);
  });
  it.each(['not json', '{"knownFailures":[1]}', '{"other":true}'])(
    'refuses %s with a clear error',
    (text) => {
      expect(() => parseBaseline(text, 'bad.json')).toThrow(BaselineError);
    },
  );
});

describe('a run with a baseline', () => {
  // Ignores DisableKey: keys.disabled fails on it, and nothing else in the keys area does.
  let target: Target;
  beforeAll(async () => {
    target = await startTarget(async (request, next) =>
      operationOf(request) === 'DisableKey'
        ? { status: 200, headers: { 'x-amzn-RequestId': 'r' }, body: '' }
        : next(request),
    );
  });
  afterAll(() => target.close());

  it('does not fail on known failures, fails on new ones, and names baseline checks that pass again', async () => {
    const plain = await runChecks(target.url, 'keys.*');
    expect(plain.exitCode).toBe(1);
    const failing = plain.results.filter((r) => r.outcome.status === 'fail').map((r) => r.check.id);
    expect(failing).toContain('keys.disabled');

    const known = await runChecks(target.url, 'keys.*', {
      baseline: new Set([...failing, 'keys.unknown-key']),
    });
    expect(known.exitCode).toBe(0);
    expect(known.baselined).toEqual(failing);
    expect(known.fixed).toEqual(['keys.unknown-key']);
    expect(jsonReportOf(known)).toMatchObject({
      baselined: failing,
      fixed: ['keys.unknown-key'],
      exitCode: 0,
    });
    expect(junitXmlOf(known)).toMatch(/name="keys\.disabled"[^]*?<failure [^>]*type="baseline"/);
    expect(junitXmlOf(plain)).not.toMatch(/type="baseline"/);

    const partial = await runChecks(target.url, 'keys.*', {
      baseline: new Set(['keys.unknown-key']),
    });
    expect(partial.exitCode).toBe(1);
  });
});
