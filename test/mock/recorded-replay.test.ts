// Every recording of real KMS replies (test/fixtures/aws-recorded) replayed against the mock, each
// held to the verdict docs/fidelity.md gives it: a recording marked as matching must replay with
// no difference, one marked as differing must still differ, and only in the replies its row names.
// So the document can neither leave a recording out nor call a difference fixed that is not.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createKmsEngine } from '../../src/mock/index.js';
import { recordedKeys, recordedNames } from './recorded.js';
import { differences, part } from './recorded-replay.js';
import { ACCOUNT, REGION, scenarios } from './recorded-scenarios/index.js';

const VERDICTS = [
  'matches',
  'matches (fixed)',
  'differs (kept)',
  'differs (being changed)',
  'nothing recorded',
  'out of scope',
] as const;
type Verdict = (typeof VERDICTS)[number];

interface Row {
  verdict: Verdict;
  notes: string;
}

/** The rows of docs/fidelity.md's table, one entry per recording named in a row's first cell. */
function documented(): {
  rows: Map<string, Row>;
  repeated: string[];
  summary: Map<string, number>;
} {
  const doc = readFileSync(new URL('../../docs/fidelity.md', import.meta.url), 'utf8');
  const rows = new Map<string, Row>();
  const repeated: string[] = [];
  const summary = new Map<string, number>();
  for (const line of doc.split('\n')) {
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    const [first = '', verdict = '', notes = ''] = cells;
    const keys = [...first.matchAll(/`(TestKMS\w*::test_[^`]+)`/g)].map((m) => m[1] ?? '');
    if (keys.length === 0) {
      // The summary table: | verdict | count |.
      if (cells.length === 2 && /^\d+$/.test(verdict)) summary.set(first, Number(verdict));
      continue;
    }
    expect(VERDICTS, `the verdict of ${keys.join(', ')}`).toContain(verdict);
    for (const key of keys) {
      if (rows.has(key)) repeated.push(key);
      rows.set(key, { verdict: verdict as Verdict, notes });
    }
  }
  return { rows, repeated, summary };
}

const { rows, repeated, summary } = documented();

describe('docs/fidelity.md lists every recording with its verdict', () => {
  it('names each recording once, and nothing that was not recorded', () => {
    expect(repeated).toEqual([]);
    expect([...rows.keys()].sort()).toEqual(recordedKeys().sort());
  });

  it('counts the verdicts as its table gives them', () => {
    const counted = new Map<string, number>();
    for (const { verdict } of rows.values()) counted.set(verdict, (counted.get(verdict) ?? 0) + 1);
    for (const verdict of VERDICTS)
      expect(summary.get(verdict) ?? 0, verdict).toBe(counted.get(verdict) ?? 0);
  });

  it('says nothing was recorded only of empty recordings it does not replay', () => {
    for (const [key, { verdict }] of rows)
      if (verdict === 'nothing recorded') {
        expect(recordedNames(key), key).toEqual([]);
        expect(scenarios[key], key).toBeUndefined();
      }
  });

  it('has a replay for every other recording in the scope of the mock', () => {
    const replayed = new Set(Object.keys(scenarios));
    for (const [key, { verdict }] of rows)
      if (verdict !== 'nothing recorded' && verdict !== 'out of scope')
        expect(replayed.has(key), `a replay of ${key}`).toBe(true);
  });
});

describe('the mock replays the recordings of real KMS', () => {
  it.each(Object.keys(scenarios))('%s', async (key) => {
    const row = rows.get(key);
    if (!row) return expect.fail(`${key} is not in docs/fidelity.md`);
    const kms = createKmsEngine({ account: ACCOUNT, region: REGION });
    const replay = await scenarios[key]!(kms);
    replay.values = { partition: 'aws', region: REGION, ...replay.values };
    const found = differences(key, replay);
    if (row.verdict.startsWith('matches')) {
      expect(found).toEqual([]);
      return;
    }
    // Still different, and only in the replies the row names (a fix must change the row).
    expect(found, 'the row says it differs').not.toEqual([]);
    for (const line of found)
      expect(row.notes).toContain(`\`${line.slice(0, line.indexOf(':'))}\``);
  });
});

describe('the comparison', () => {
  const key = 'TestKMS::test_get_key_invalid_uuid';
  const notFound = (message: string) => ({
    status: 400,
    body: { Error: { Code: 'NotFoundException', Message: message } },
  });
  const replies = {
    'describe-key-with-invalid-uuid': notFound("Invalid keyId 'fake-key-id'"),
    'describe-key-with-invalid-uuid-2': notFound(
      "Invalid keyId '134f2428cec14b25a1ae9048164dba47'",
    ),
    'describe-key-with-invalid-uuid-mrk': notFound("Invalid keyId 'mrk-fake-key-id'"),
  };

  it('finds nothing in the recorded replies themselves', () => {
    expect(differences(key, { replies })).toEqual([]);
  });

  it('finds another __type, message or status, and a reply not replayed', () => {
    const changed = {
      'describe-key-with-invalid-uuid': { ...notFound("Invalid keyId 'fake-key-id'"), status: 404 },
      'describe-key-with-invalid-uuid-2': notFound('Invalid keyId'),
    };
    expect(differences(key, { replies: changed })).toEqual([
      'describe-key-with-invalid-uuid: status 404, recorded 400',
      `describe-key-with-invalid-uuid-2: $.Error.Message: "Invalid keyId", recorded "Invalid keyId '134f2428cec14b25a1ae9048164dba47'"`,
      'describe-key-with-invalid-uuid-mrk: not replayed',
    ]);
  });

  it('will not let an ARN placeholder match whatever the mock said', () => {
    const refused = {
      status: 400,
      body: {
        Error: {
          Code: 'UnsupportedOperationException',
          Message:
            'arn:aws:kms:us-east-1:1:key/x origin is AWS_KMS which is not valid for this operation.',
        },
      },
    };
    const replay = { replies: { 'response-error': refused } };
    expect(differences('TestKMS::test_get_parameters_for_import', replay)).toEqual([
      'response-error: $.Error.Message: key-arn has no value in the replay',
    ]);
  });

  it('holds a success to its member names and each placeholder to one value', async () => {
    const kms = createKmsEngine({ account: ACCOUNT, region: REGION });
    const { KeyMetadata } = await kms.call('CreateKey', { Description: 'test key 123' });
    const values = { partition: 'aws', region: REGION };
    expect(
      differences('TestKMS::test_create_key', {
        replies: { 'describe-key': part(KeyMetadata) },
        values,
      }),
    ).toEqual([]);
    const extra = { ...KeyMetadata, Extra: true, KeyId: 'another-id' };
    expect(
      differences('TestKMS::test_create_key', { replies: { 'describe-key': part(extra) }, values }),
    ).toEqual([
      'describe-key: $.Extra: not recorded (true)',
      `describe-key: $.KeyId: "another-id", recorded "<key-id:1>"`,
    ]);
  });
});
