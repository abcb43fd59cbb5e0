import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Summary } from '../runner.js';
import type { Area, CheckResult, Exchange, Outcome } from '../types.js';

/** The report order of areas (issue 4, "The checks"); areas a run did not touch are left out. */
export const AREA_ORDER: readonly Area[] = [
  'protocol',
  'schema',
  'validation',
  'crypto',
  'binding',
  'randomness',
  'keys',
  'messages',
  'asymmetric',
  'metadata',
  'rotation',
  'import',
  'grants',
  'auth',
];

/** Results (or anything naming a check) grouped by area, in report order, keeping the run order inside each area. */
export function byArea<T extends { check: { area: Area } }>(
  results: readonly T[],
): Array<[Area, T[]]> {
  const groups = new Map<Area, T[]>();
  for (const result of results) {
    const group = groups.get(result.check.area) ?? [];
    group.push(result);
    groups.set(result.check.area, group);
  }
  const rank = (area: Area) => {
    const i = AREA_ORDER.indexOf(area);
    return i === -1 ? AREA_ORDER.length : i;
  };
  return [...groups].sort(([a], [b]) => rank(a) - rank(b));
}

export type Verdict = 'conforms' | 'does not conform' | 'runner error';

export function verdictOf(exitCode: Summary['exitCode']): Verdict {
  return exitCode === 0 ? 'conforms' : exitCode === 1 ? 'does not conform' : 'runner error';
}

/**
 * Plaintext in a check's own words. Exchanges are redacted by the transport, but a verdict's
 * `actual` may quote a reply (`HTTP 200 {"Plaintext":"..."`), possibly cut off mid-value; every
 * `Plaintext`/`PlaintextBlob` member value, closed or not, is replaced before any report shows it
 * (up to the first character outside the base64 alphabets, so a cut value is caught too).
 */
export function scrub(text: string): string {
  return text.replace(
    /("Plaintext(?:Blob)?"\s*:\s*")([A-Za-z0-9+/=_-]*)/g,
    (match, head: string, value: string) =>
      value === '' ? match : `${head}<redacted ${value.length} base64 chars>`,
  );
}

/** The outcome with every free-text field scrubbed. */
export function scrubOutcome(outcome: Outcome): Outcome {
  switch (outcome.status) {
    case 'pass':
      return outcome.note === undefined
        ? { status: 'pass' }
        : { status: 'pass', note: scrub(outcome.note) };
    case 'fail':
      return {
        status: 'fail',
        expected: scrub(outcome.expected),
        actual: scrub(outcome.actual),
        ...(outcome.detail ? { detail: outcome.detail } : {}),
      };
    case 'skip':
      return { status: 'skip', reason: scrub(outcome.reason) };
    case 'error':
      return { status: 'error', error: scrub(outcome.error) };
  }
}

/** What a fail is, for labels: a required fail decides the exit code, a recommended one is reported only. */
export function kindOf(result: CheckResult): 'pass' | 'fail' | 'recommended' | 'skip' | 'error' {
  const status = result.outcome.status;
  return status === 'fail' && result.check.severity === 'recommended' ? 'recommended' : status;
}

/**
 * The exchanges worth printing for a person: all of them when few, else the first few and the last
 * ones (a failing check's last exchange is usually the one that failed). Machine reports keep all.
 */
export function shownExchanges(
  exchanges: readonly Exchange[],
  head = 3,
  tail = 12,
): { shown: Array<{ index: number; exchange: Exchange }>; omitted: number } {
  const indexed = exchanges.map((exchange, index) => ({ index, exchange }));
  if (exchanges.length <= head + tail) return { shown: indexed, omitted: 0 };
  return {
    shown: [...indexed.slice(0, head), ...indexed.slice(-tail)],
    omitted: exchanges.length - head - tail,
  };
}

/** A JSON body re-indented for reading; any other text as it is. */
export function prettyBody(body: string): string {
  if (body.trim() === '') return '(empty body)';
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

export async function writeReport(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text, 'utf8');
}
