import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allChecks } from '../../conformance/checks/index.js';
import { findingsOf } from '../../conformance/findings.js';
import { scrub } from '../../conformance/reporters/common.js';
import { consoleReporter } from '../../conformance/reporters/console.js';
import { htmlReportOf } from '../../conformance/reporters/html.js';
import { reportersFor } from '../../conformance/reporters/index.js';
import { curlFor } from '../../conformance/reporters/reproduce.js';
import { jsonReportOf, type JsonReport } from '../../conformance/reporters/json.js';
import { junitXmlOf } from '../../conformance/reporters/junit.js';
import { runConformance, type Summary } from '../../conformance/runner.js';
import type { CheckResult, Exchange } from '../../conformance/types.js';
import {
  bodyOf,
  credentials,
  operationOf,
  startTarget,
  withBody,
  type Mutation,
  type Target,
} from './harness.js';

/** Everything a report must escape: markup, quotes, an ampersand, C0 controls, ESC, a lone surrogate. */
const HOSTILE = `<script>alert("x")</script> & 'quoted' \u0000\u0001\u0007\u001b[31m\ud800 ]]>`;

function exchange(operation: string, status: number, body: string): Exchange {
  return {
    operation,
    request: {
      method: 'POST',
      url: 'http://127.0.0.1:4566/',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': `TrentService.${operation}`,
        'x-hostile': HOSTILE,
      },
      body: JSON.stringify({ KeyId: HOSTILE }),
    },
    response: {
      status,
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'r-1' },
      body,
    },
    durationMs: 3.2,
  };
}

function result(
  id: string,
  severity: 'required' | 'recommended',
  outcome: CheckResult['outcome'],
  exchanges: Exchange[] = [],
): CheckResult {
  const area = id.split('.')[0] as CheckResult['check']['area'];
  return {
    check: {
      id,
      title: `title of ${id} ${HOSTILE}`,
      area,
      rule: `rule text ${HOSTILE}`,
      evidence: ['recorded.not-found'],
      severity,
    },
    outcome,
    exchanges,
    durationMs: 12.5,
  };
}

/** One result of every kind: pass, required fail with exchanges, skip, runner error, recommended fail. */
const synthetic: Summary = {
  findings: [],
  endpoint: 'http://127.0.0.1:4566',
  region: 'us-east-1',
  seed: 7,
  checks: 5,
  results: [
    result('crypto.decrypt-round-trip', 'required', { status: 'pass' }, [
      exchange('GenerateDataKey', 200, '{"KeyId":"k"}'),
    ]),
    result(
      'binding.ambiguous-context',
      'required',
      {
        status: 'fail',
        expected: `InvalidCiphertextException ${HOSTILE}`,
        actual: `HTTP 200 ${HOSTILE}`,
        detail: {
          kind: 'status',
          operation: 'Decrypt',
          actualStatus: 200,
          expectedStatus: [400],
          expectedType: ['InvalidCiphertextException'],
        },
      },
      [
        exchange('GenerateDataKey', 200, '{"CiphertextBlob":"AQID","KeyId":"k"}'),
        exchange('Decrypt', 200, `{"KeyId":"k","note":${JSON.stringify(HOSTILE)}}`),
      ],
    ),
    result('keys.multi-region', 'required', {
      status: 'skip',
      reason: `multi-region-key: CreateKey failed ${HOSTILE}`,
    }),
    result(
      'keys.disabled',
      'required',
      { status: 'error', error: `TypeError: fetch failed ${HOSTILE}` },
      [{ ...exchange('GenerateDataKey', 0, ''), response: { error: `ECONNREFUSED ${HOSTILE}` } }],
    ),
    result(
      'messages.not-found-names-arn',
      'recommended',
      { status: 'fail', expected: 'a message naming the key ARN', actual: 'Invalid keyId' },
      [
        exchange(
          'GenerateDataKey',
          400,
          '{"__type":"NotFoundException","message":"Invalid keyId"}',
        ),
      ],
    ),
  ],
  counts: { pass: 1, fail: 2, skip: 1, error: 1 },
  requiredFailures: 1,
  baselined: [],
  fixed: [],
  requests: 5,
  durationMs: 1234,
  exitCode: 2,
  stopReason: `1 check ended in a runner error ${HOSTILE}`,
  setupExchanges: [exchange('CreateKey', 200, '{"KeyMetadata":{"KeyId":"k"}}')],
};
synthetic.findings = findingsOf(synthetic.results);

/**
 * A small XML 1.0 well-formedness check: every `<` opens a declaration or a tag with quoted
 * attributes, tags nest, every `&` is an entity, and no character XML forbids is present.
 */
function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(xml))
    problems.push('a character XML 1.0 forbids');
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(xml))
    problems.push('a lone surrogate');
  if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(xml)) problems.push('a bare &');
  const stack: string[] = [];
  const tag = /<(\?xml[^?]*\?|\/?)([A-Za-z][\w.-]*)?((?:\s+[\w.:-]+="[^"<]*")*)\s*(\/?)>/y;
  for (let i = xml.indexOf('<'); i !== -1; i = xml.indexOf('<', i + 1)) {
    tag.lastIndex = i;
    const m = tag.exec(xml);
    if (!m) {
      problems.push(`a bad tag at ${i}: ${JSON.stringify(xml.slice(i, i + 40))}`);
      continue;
    }
    const [, lead, name, , selfClosing] = m;
    if (lead?.startsWith('?xml')) continue;
    if (lead === '/') {
      if (stack.pop() !== name) problems.push(`</${name}> closes nothing open`);
    } else if (selfClosing !== '/' && name) stack.push(name);
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(', ')}`);
  return problems;
}

const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;

describe('the JSON report', () => {
  const report = JSON.parse(
    JSON.stringify(jsonReportOf(synthetic, new Date('2026-11-29T10:00:00Z'))),
  ) as JsonReport;

  it('has the documented top-level members', () => {
    expect(report).toMatchObject({
      schemaVersion: 2,
      tool: 'kms-contract conform',
      endpoint: 'http://127.0.0.1:4566',
      region: 'us-east-1',
      seed: 7,
      startedAt: '2026-11-29T09:59:58.766Z',
      finishedAt: '2026-11-29T10:00:00.000Z',
      durationMs: 1234,
      requests: 5,
      counts: { total: 5, pass: 1, fail: 2, skip: 1, error: 1 },
      requiredFailures: 1,
      exitCode: 2,
      verdict: 'runner error',
    });
    expect(report.setupExchanges).toHaveLength(1);
  });

  it('has one result per check with id, title, area, rule, severity, outcome, exchanges and durationMs', () => {
    expect(
      report.results.map((r) => [r.id, r.area, r.severity, r.outcome.status, r.exchanges.length]),
    ).toEqual([
      ['crypto.decrypt-round-trip', 'crypto', 'required', 'pass', 1],
      ['binding.ambiguous-context', 'binding', 'required', 'fail', 2],
      ['keys.multi-region', 'keys', 'required', 'skip', 0],
      ['keys.disabled', 'keys', 'required', 'error', 1],
      ['messages.not-found-names-arn', 'messages', 'recommended', 'fail', 1],
    ]);
    for (const r of report.results)
      expect(Object.keys(r).sort()).toEqual([
        'area',
        'durationMs',
        'evidence',
        'exchanges',
        'id',
        'outcome',
        'rule',
        'severity',
        'title',
        'tolerates',
      ]);
    expect(report.results[1]?.outcome).toEqual({
      status: 'fail',
      expected: `InvalidCiphertextException ${HOSTILE}`,
      actual: `HTTP 200 ${HOSTILE}`,
      detail: {
        kind: 'status',
        operation: 'Decrypt',
        actualStatus: 200,
        expectedStatus: [400],
        expectedType: ['InvalidCiphertextException'],
      },
    });
    expect(report.results[2]?.outcome).toEqual({
      status: 'skip',
      reason: `multi-region-key: CreateKey failed ${HOSTILE}`,
    });
    expect(report.results[3]?.exchanges[0]?.response).toEqual({ error: `ECONNREFUSED ${HOSTILE}` });
  });
});

describe('the console report', () => {
  const failure = (operation: string, status: number, type: string): CheckResult['outcome'] => ({
    status: 'fail',
    expected: 'something else',
    actual: `HTTP ${status} ${type}`,
    detail: { kind: 'error-type', operation, actualStatus: status, actualType: type },
  });
  const results = [
    // Baselined required failure, alone in its finding: known, not recommended.
    result('keys.disabled-refuses', 'required', failure('Encrypt', 200, 'Ok')),
    // A recommended failure: recommended.
    result('messages.not-found-names-arn', 'recommended', failure('Describe', 400, 'Nope')),
    // A required failure outside the baseline: required.
    result('crypto.decrypt-round-trip', 'required', failure('Decrypt', 500, 'Boom')),
    // One symptom, a baselined required check and a recommended one: recommended, the known one marked.
    result('errors.throttling', 'required', failure('Sign', 400, 'Odd')),
    result('messages.sign-wording', 'recommended', failure('Sign', 400, 'Odd')),
  ];
  const baseline = new Set(['keys.disabled-refuses', 'errors.throttling']);
  const { stopReason: _stopReason, ...rest } = synthetic;
  const summary: Summary = {
    ...rest,
    results,
    checks: results.length,
    counts: { pass: 0, fail: results.length, skip: 0, error: 0 },
    requiredFailures: 1,
    baselined: [...baseline],
    findings: findingsOf(results, baseline),
  };
  let text = '';
  consoleReporter((t) => (text += t)).end(summary);
  const findingLines = text.split('\n').filter((l) => /^ {2}(required|known|recommended) /.test(l));

  it('calls a finding the baseline already lists known, not recommended', () => {
    expect(findingLines).toContain('  known       Encrypt → HTTP 200 Ok');
    expect(text).not.toMatch(/recommended {1,}Encrypt/);
  });

  it('keeps required and recommended for what they are, and marks a known check in a mixed finding', () => {
    expect(findingLines).toContain('  required    Decrypt → HTTP 500 Boom');
    expect(findingLines).toContain('  recommended Describe → HTTP 400 Nope');
    expect(findingLines).toContain('  recommended Sign → HTTP 400 Odd');
    expect(text).toContain('2 checks: errors.throttling (known), messages.sign-wording');
    expect(text).toContain('known: in the\nbaseline, so it does not');
  });
});

describe('the JUnit report', () => {
  const xml = junitXmlOf(synthetic, new Date('2026-11-29T10:00:00Z'));

  it('is well-formed XML even with hostile text', () => {
    expect(xmlProblems(xml)).toEqual([]);
    expect(xml).not.toContain('<script>');
    expect(xml).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;quoted&apos; \\u0000\\u0001\\u0007\\u001b[31m\\ud800 ]]&gt;',
    );
  });

  it('has one testsuite per area and one testcase per check, classname = area, name = id', () => {
    expect(count(xml, /<testsuite /g)).toBe(4);
    expect(
      [
        ...xml.matchAll(
          /<testsuite name="([^"]+)" tests="(\d+)" failures="(\d+)" errors="(\d+)" skipped="(\d+)"/g,
        ),
      ].map((m) => m.slice(1).join(' ')),
    ).toEqual(['crypto 1 0 0 0', 'binding 1 1 0 0', 'keys 2 0 1 1', 'messages 1 1 0 0']);
    expect(
      [...xml.matchAll(/<testcase classname="([^"]+)" name="([^"]+)"/g)].map(
        (m) => `${m[1]} ${m[2]}`,
      ),
    ).toEqual([
      'crypto crypto.decrypt-round-trip',
      'binding binding.ambiguous-context',
      'keys keys.multi-region',
      'keys keys.disabled',
      'messages messages.not-found-names-arn',
    ]);
    expect(xml).toMatch(/^<testsuites name="[^"]*" tests="5" failures="2" errors="1" skipped="1"/m);
  });

  it('marks a required fail, a recommended fail, a skip and a runner error', () => {
    expect([...xml.matchAll(/<failure message="[^"]*" type="(\w+)">/g)].map((m) => m[1])).toEqual([
      'required',
      'recommended',
    ]);
    expect(count(xml, /<skipped message="multi-region-key: CreateKey failed &lt;script&gt;/g)).toBe(
      1,
    );
    expect(count(xml, /<error message="TypeError: fetch failed [^"]*" type="runner-error">/g)).toBe(
      1,
    );
  });

  it('puts expected, actual and a curl reproduction in the failure', () => {
    const failure =
      /<failure message="[^"]*" type="required">([^<]*)<\/failure>/.exec(xml)?.[1] ?? '';
    expect(failure).toContain('expected: InvalidCiphertextException &lt;script&gt;');
    expect(failure).toContain('actual:   HTTP 200 &lt;script&gt;');
    expect(failure).toContain("curl -sS -X POST \\\n  'http://127.0.0.1:4566/'");
    expect(failure).toContain("-H 'x-amz-target: TrentService.Decrypt'");
  });
});

describe('the HTML report', () => {
  const html = htmlReportOf(synthetic, new Date('2026-11-29T10:00:00Z'));

  it('is one self-contained page: no script, no external asset', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|url\(|@import/i);
    expect(html).toContain('<style>');
  });

  it('escapes every piece of hostile text', () => {
    expect(html).not.toContain(HOSTILE);
    expect(html).not.toContain('<script>alert');
    expect(html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39; \\u0000\\u0001\\u0007\\u001b[31m',
    );
    // eslint-disable-next-line no-control-regex
    expect(html).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  it('has the header facts and a matrix of areas × checks whose cells link to their detail', () => {
    expect(html).toContain('<code>http://127.0.0.1:4566</code>');
    expect(html).toContain('runner error</span></h1>');
    const matrix = /<table class="matrix">([\s\S]*?)<\/table>/.exec(html)?.[1] ?? '';
    expect([...matrix.matchAll(/<tr><th>(\w+)<small>/g)].map((m) => m[1])).toEqual([
      'crypto',
      'binding',
      'keys',
      'messages',
    ]);
    const cells = [...matrix.matchAll(/<a class="cell (\w+)" href="#([^"]+)"/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(cells).toEqual([
      ['pass', 'check-crypto.decrypt-round-trip'],
      ['fail', 'check-binding.ambiguous-context'],
      ['skip', 'check-keys.multi-region'],
      ['error', 'check-keys.disabled'],
      ['recommended', 'check-messages.not-found-names-arn'],
    ]);
    for (const [, target] of cells)
      expect(count(html, new RegExp(`id="${target?.replace(/\./g, '\\.')}"`, 'g'))).toBe(1);
  });

  it('expands each failure and error with rule, expected, actual, exchanges and curl', () => {
    const details = [...html.matchAll(/<details class="check k-(\w+)" id="([^"]+)" open>/g)].map(
      (m) => `${m[1]} ${m[2]}`,
    );
    expect(details).toEqual([
      'error check-keys.disabled',
      'fail check-binding.ambiguous-context',
      'recommended check-messages.not-found-names-arn',
    ]);
    const failure =
      /<details class="check k-fail"[\s\S]*?<\/details>\n<details class="check/.exec(html)?.[0] ??
      '';
    expect(failure).toContain('<dd class="expected">InvalidCiphertextException &lt;script&gt;');
    expect(failure).toContain('<dd class="actual">HTTP 200 &lt;script&gt;');
    expect(failure).toContain('exchanges (2)');
    expect(failure).toContain('x-hostile: &lt;script&gt;');
    expect(failure).toContain('&quot;note&quot;: &quot;&lt;script&gt;');
    expect(failure).toContain('reproduce the last request</h4><pre>curl -sS -X POST');
  });
});

describe('reportersFor', () => {
  let out: string;
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'kms-reports-'));
  });
  afterAll(() => rm(out, { recursive: true, force: true }));

  it('writes conformance.json, conformance.junit.xml and conformance.html under --out', async () => {
    const reporters = reportersFor(['json', 'junit', 'html', 'json'], join(out, 'nested'));
    expect(reporters).toHaveLength(3);
    for (const r of reporters) await r.end(synthetic);
    expect((await readdir(join(out, 'nested'))).sort()).toEqual([
      'conformance.html',
      'conformance.json',
      'conformance.junit.xml',
    ]);
  });

  it('refuses an unknown format', () => {
    expect(() => reportersFor(['pdf'], out)).toThrow(/unknown report format: pdf/);
  });
});

describe('scrub', () => {
  it('redacts Plaintext values quoted in a verdict, whole or cut off', () => {
    expect(scrub('HTTP 200 {"Plaintext":"AAECAwQFBgcICQ==","KeyId":"k"}')).toBe(
      'HTTP 200 {"Plaintext":"<redacted 16 base64 chars>","KeyId":"k"}',
    );
    expect(scrub('HTTP 200 {"KeyId": "k", "Plaintext": "AAECAwQFBg')).toBe(
      'HTTP 200 {"KeyId": "k", "Plaintext": "<redacted 10 base64 chars>',
    );
    expect(scrub('{"Plaintext":"<redacted 32 bytes sha256:abc>"}')).toBe(
      '{"Plaintext":"<redacted 32 bytes sha256:abc>"}',
    );
  });
});

describe('every format redacts plaintext a verdict quotes', () => {
  // 32 bytes that stand for a data key; the checks redact before quoting, the reports again after.
  const secret = Buffer.from('k'.repeat(32)).toString('base64');
  const quoted = `HTTP 200 {"Plaintext":"${secret}","KeyId":"k"}`;
  const cut = `HTTP 200 {"KeyId":"k","Plaintext":"${secret.slice(0, 30)}`;
  const leaky: Summary = {
    ...synthetic,
    results: [
      result('keys.disabled', 'required', {
        status: 'fail',
        expected: 'DisabledException',
        actual: quoted,
      }),
      result('keys.dry-run', 'recommended', { status: 'fail', expected: cut, actual: cut }),
      result('keys.key-usage', 'required', { status: 'skip', reason: quoted }),
      result('keys.multi-region', 'required', { status: 'error', error: cut }),
      result('keys.response-key-id', 'required', { status: 'pass', note: quoted }),
    ],
  };

  it.each([
    ['json', () => JSON.stringify(jsonReportOf(leaky))],
    ['junit', () => junitXmlOf(leaky)],
    ['html', () => htmlReportOf(leaky)],
    [
      'console',
      () => {
        let text = '';
        const reporter = consoleReporter((t) => (text += t));
        for (const r of leaky.results) reporter.result?.(r);
        void reporter.end(leaky);
        return text;
      },
    ],
  ])('%s', (_format, render) => {
    const text = render();
    expect(text).toMatch(/(<|&lt;)redacted \d+ base64 chars/);
    expect(text).not.toContain(secret.slice(0, 16));
  });
});

describe('the curl reproduction', () => {
  const signed = exchange('GenerateDataKey', 200, '{}');
  signed.request.headers = {
    'content-type': 'application/x-amz-json-1.1',
    'x-amz-target': 'TrentService.GenerateDataKey',
    'x-amz-date': '20261129T100000Z',
    'x-amz-content-sha256': 'abc',
    authorization: 'AWS4-HMAC-SHA256 Credential=AKID/20261129/us-east-1/kms/aws4_request, ...',
  };
  signed.request.body = `{"KeyId":"it's","KeySpec":"AES_256"}`;

  it('signs with --aws-sigv4, sends the recorded headers, and quotes the body for the shell', () => {
    expect(curlFor(signed, 'eu-west-1')).toBe(
      [
        'curl -sS -X POST',
        "'http://127.0.0.1:4566/'",
        `--aws-sigv4 'aws:amz:eu-west-1:kms' --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY"`,
        "-H 'content-type: application/x-amz-json-1.1'",
        "-H 'x-amz-target: TrentService.GenerateDataKey'",
        `--data-binary '{"KeyId":"it'\\''s","KeySpec":"AES_256"}'`,
      ].join(' \\\n  '),
    );
  });

  it('reproduces an unsigned probe unsigned, and a missing Content-Type as missing', () => {
    const unsigned = exchange('GenerateDataKey', 400, '{}');
    unsigned.request.headers = { 'x-amz-target': 'TrentService.GenerateDataKey' };
    const curl = curlFor(unsigned, 'us-east-1');
    expect(curl).not.toContain('--aws-sigv4');
    expect(curl).toContain("-H 'content-type:'");
  });
});

/**
 * Records every data key, decrypted plaintext and random byte string the endpoint hands out, so
 * the test can look for them in the reports.
 */
function recorder(secrets: Set<string>, broken = false): Mutation {
  return async (request, next) => {
    const operation = operationOf(request);
    // The broken variant leaves keys enabled, so keys.disabled fails with a GenerateDataKey reply in
    // its `actual`; Plaintext comes first there, so the quoted reply holds the whole data key.
    if (broken && operation === 'DisableKey')
      return { status: 200, headers: { 'content-type': 'application/x-amz-json-1.1' }, body: '' };
    const reply = await next(request);
    if (
      reply.status === 200 &&
      (operation === 'GenerateDataKey' || operation === 'Decrypt' || operation === 'GenerateRandom')
    ) {
      const { Plaintext: plaintext, ...rest } = bodyOf(reply);
      if (typeof plaintext === 'string') {
        secrets.add(plaintext);
        if (broken) return withBody(reply, { Plaintext: plaintext, ...rest });
      }
    }
    return reply;
  };
}

/** The forms a secret could leak in: base64 (standard and URL-safe), hex, and a leading piece of its base64. */
function leakForms(base64: string): string[] {
  const bytes = Buffer.from(base64, 'base64');
  const forms: string[] = [];
  // Shorter secrets (NumberOfBytes 1..11) occur by chance in any long text; their length is checked by the checks, not here.
  if (bytes.length >= 12) forms.push(base64, bytes.toString('base64url'), base64.slice(0, 16));
  if (bytes.length >= 8) forms.push(bytes.toString('hex'), bytes.toString('hex').toUpperCase());
  return forms;
}

describe.each([
  ['the honest mock', false],
  ['a mock whose DisableKey does nothing', true],
])('no plaintext in any report of a full run against %s', (_name, broken) => {
  const secrets = new Set<string>();
  let target: Target;
  let out: string;
  let consoleText = '';
  let summary: Summary;

  beforeAll(async () => {
    target = await startTarget(recorder(secrets, broken));
    out = await mkdtemp(join(tmpdir(), 'kms-reports-'));
    const reporters = [
      consoleReporter((t) => (consoleText += t)),
      ...reportersFor(['json', 'junit', 'html'], out),
    ];
    summary = await runConformance({
      endpoint: target.url,
      region: 'us-east-1',
      credentials,
      checks: allChecks,
      seed: 7,
      reporters,
    });
  }, 60_000);
  afterAll(async () => {
    await target.close();
    await rm(out, { recursive: true, force: true });
  });

  it('saw data keys and wrote all four reports', async () => {
    expect(
      [...secrets].filter((s) => Buffer.from(s, 'base64').length >= 12).length,
    ).toBeGreaterThan(10);
    expect((await readdir(out)).sort()).toEqual([
      'conformance.html',
      'conformance.json',
      'conformance.junit.xml',
    ]);
    expect(consoleText).toContain('passed');
    // keys.disabled's verdict quotes the GenerateDataKey reply, data key first.
    if (broken) {
      expect(summary.results.find((r) => r.check.id === 'keys.disabled')?.outcome).toMatchObject({
        status: 'fail',
        actual: expect.stringMatching(/^HTTP 200 \{"Plaintext":"/),
      });
    }
  });

  it('shows none of them, in base64 or hex', async () => {
    const files = { console: consoleText } as Record<string, string>;
    for (const name of await readdir(out)) files[name] = await readFile(join(out, name), 'utf8');
    const leaks: string[] = [];
    for (const secret of secrets) {
      for (const form of leakForms(secret)) {
        for (const [name, text] of Object.entries(files))
          if (text.includes(form)) leaks.push(`${name}: ${form}`);
      }
    }
    expect(leaks).toEqual([]);
  });
});
