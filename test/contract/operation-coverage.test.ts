/**
 * The operation coverage table of docs/emulators.md: it lists exactly the operations of the AWS
 * model, once each, in order, and its kms-contract column says `yes` exactly for the operations of
 * spec/kms.openapi.yaml (every one of which the mock implements: the engine's operation table is
 * typed by the spec). The moto column is the measurement written down beside it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { specOperations } from './spec-schema.js';

const read = (relative: string): string => readFileSync(new URL(relative, import.meta.url), 'utf8');
const model = JSON.parse(read('../fixtures/kms-2014-11-01.botocore-service-2.json')) as {
  operations: Record<string, unknown>;
};
const spec: unknown = parse(read('../../spec/kms.openapi.yaml'));
const doc = read('../../docs/emulators.md');

/** The rows of the table under `## Operation coverage`: [operation, kms-contract, moto]. */
function coverageRows(): string[][] {
  const start = doc.indexOf('\n## Operation coverage');
  expect(start, 'docs/emulators.md has a "## Operation coverage" section').toBeGreaterThan(0);
  const end = doc.indexOf('\n## ', start + 1);
  const section = doc.slice(start, end === -1 ? undefined : end);
  return section
    .split('\n')
    .filter((line) => /^\| `[A-Za-z]+` \|/.test(line))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim().replaceAll('`', '')),
    );
}

describe('the operation coverage table of docs/emulators.md', () => {
  const rows = coverageRows();

  it('lists every operation of the AWS model once, in alphabetical order', () => {
    expect(rows.map(([operation]) => operation)).toEqual(Object.keys(model.operations).sort());
  });

  it('says yes for kms-contract exactly where the spec has the operation', () => {
    const inSpec = new Set(specOperations(spec).map((op) => String(op.operation['operationId'])));
    const wrong = rows
      .filter(([operation, ours]) => ours?.startsWith('yes') !== inSpec.has(operation ?? ''))
      .map(
        ([operation, ours]) =>
          `${operation}: table says "${ours}", spec ${inSpec.has(operation ?? '') ? 'has' : 'lacks'} it`,
      );
    expect(wrong).toEqual([]);
  });

  it('gives moto a yes or a no on every row', () => {
    expect(rows.filter(([, , moto]) => !/^(yes|no)\b/.test(moto ?? ''))).toEqual([]);
  });
});
