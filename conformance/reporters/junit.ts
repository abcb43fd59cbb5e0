import { join } from 'node:path';
import type { Reporter, Summary } from '../runner.js';
import type { CheckResult, Exchange } from '../types.js';
import { byArea, prettyBody, scrub, shownExchanges, verdictOf, writeReport } from './common.js';
import { curlFor } from './reproduce.js';

/**
 * Text made safe for XML 1.0: characters XML cannot carry at all (C0 controls other than tab, LF
 * and CR; lone surrogates; U+FFFE/U+FFFF) become a visible `\uXXXX`, since not even a character
 * reference may name them.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function xmlSafe(text: string): string {
  return text.replace(NOT_XML, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function escapeText(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attribute values also keep their line breaks and tabs (a parser would fold them to spaces). */
export function escapeAttribute(text: string): string {
  return escapeText(text)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);

function transcript(exchanges: readonly Exchange[], region: string): string {
  const { shown, omitted } = shownExchanges(exchanges);
  const blocks = shown.map(({ index, exchange }) => {
    const request = exchange.request;
    const lines = [
      `#${index + 1} ${exchange.operation} (${Math.round(exchange.durationMs)} ms)`,
      `> ${request.method} ${request.url}`,
    ];
    for (const [name, value] of Object.entries(request.headers)) lines.push(`> ${name}: ${value}`);
    lines.push(`> ${request.body}`);
    if ('error' in exchange.response) lines.push(`< (no reply) ${exchange.response.error}`);
    else {
      lines.push(`< HTTP ${exchange.response.status}`);
      for (const [name, value] of Object.entries(exchange.response.headers))
        lines.push(`< ${name}: ${value}`);
      lines.push(
        ...prettyBody(exchange.response.body)
          .split('\n')
          .map((l) => `< ${l}`),
      );
    }
    lines.push('reproduce:', curlFor(exchange, region));
    return lines.join('\n');
  });
  if (omitted > 0)
    blocks.splice(
      3,
      0,
      `... ${omitted} exchanges not shown (all of them are in conformance.json) ...`,
    );
  return blocks.join('\n\n');
}

/** `type` of a failure: its tier, or `baseline` when the `--baseline` lists it as known. */
function testcase(result: CheckResult, region: string, baselined: ReadonlySet<string>): string {
  const { check, outcome } = result;
  const open = `    <testcase classname="${escapeAttribute(check.area)}" name="${escapeAttribute(check.id)}" time="${seconds(result.durationMs)}">`;
  const properties = `      <properties><property name="title" value="${escapeAttribute(check.title)}"/><property name="rule" value="${escapeAttribute(check.rule)}"/><property name="severity" value="${check.severity}"/></properties>`;
  const body: string[] = [properties];
  const last = result.exchanges.at(-1);
  switch (outcome.status) {
    case 'pass':
      break;
    case 'skip':
      body.push(`      <skipped message="${escapeAttribute(scrub(outcome.reason))}"/>`);
      break;
    case 'fail': {
      const expected = scrub(outcome.expected);
      const actual = scrub(outcome.actual);
      const detail = [
        `${check.title}`,
        `rule:     ${check.rule}`,
        `expected: ${expected}`,
        `actual:   ${actual}`,
        ...(last ? ['', 'reproduce:', curlFor(last, region)] : []),
      ].join('\n');
      body.push(
        `      <failure message="${escapeAttribute(`expected ${expected}, got ${actual}`)}" type="${baselined.has(check.id) ? 'baseline' : check.severity}">${escapeText(detail)}</failure>`,
      );
      break;
    }
    case 'error': {
      const error = scrub(outcome.error);
      const detail = [
        `runner error (not a verdict on the endpoint): ${error}`,
        ...(last ? ['', 'last request:', curlFor(last, region)] : []),
      ].join('\n');
      body.push(
        `      <error message="${escapeAttribute(error)}" type="runner-error">${escapeText(detail)}</error>`,
      );
      break;
    }
  }
  if ((outcome.status === 'fail' || outcome.status === 'error') && result.exchanges.length > 0) {
    body.push(`      <system-out>${escapeText(transcript(result.exchanges, region))}</system-out>`);
  }
  return [open, ...body, '    </testcase>'].join('\n');
}

/** The JUnit XML document: one `<testsuite>` per area, one `<testcase>` per check. */
export function junitXmlOf(summary: Summary, timestamp = new Date()): string {
  const baselined = new Set(summary.baselined);
  const suites = byArea(summary.results).map(([area, results]) => {
    const count = (status: string) => results.filter((r) => r.outcome.status === status).length;
    const time = results.reduce((sum, r) => sum + r.durationMs, 0);
    return [
      `  <testsuite name="${escapeAttribute(area)}" tests="${results.length}" failures="${count('fail')}" errors="${count('error')}" skipped="${count('skip')}" time="${seconds(time)}" timestamp="${timestamp.toISOString().slice(0, 19)}">`,
      `    <properties><property name="endpoint" value="${escapeAttribute(summary.endpoint)}"/><property name="region" value="${escapeAttribute(summary.region)}"/><property name="seed" value="${summary.seed}"/></properties>`,
      ...results.map((r) => testcase(r, summary.region, baselined)),
      '  </testsuite>',
    ].join('\n');
  });
  const { pass, fail, skip, error } = summary.counts;
  const name = `kms-contract conform ${summary.endpoint}: ${verdictOf(summary.exitCode)}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${escapeAttribute(name)}" tests="${pass + fail + skip + error}" failures="${fail}" errors="${error}" skipped="${skip}" time="${seconds(summary.durationMs)}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}

/** Writes `<out>/conformance.junit.xml` at the end of the run, for CI systems. */
export function junitReporter(out: string): Reporter {
  return {
    async end(summary) {
      await writeReport(join(out, 'conformance.junit.xml'), junitXmlOf(summary));
    },
  };
}
