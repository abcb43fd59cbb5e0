import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

/** The recordings of real KMS responses (test/fixtures/aws-recorded, see PROVENANCE.md there). */
const snapshot = JSON.parse(
  readFileSync(
    new URL('../fixtures/aws-recorded/localstack-test_kms.snapshot.json', import.meta.url),
    'utf8',
  ),
) as Record<string, { 'recorded-content': Record<string, unknown> }>;

const PREFIX = 'tests/aws/services/kms/test_kms.py::';

/** Every recording's key, `TestKMS::test_x[param]`, in the file's order. */
export const recordedKeys = (): string[] =>
  Object.keys(snapshot).map((key) => key.slice(PREFIX.length));

/** The names of one recording's replies, in the order they were recorded (none for some). */
export function recordedNames(key: string): string[] {
  const entry = snapshot[PREFIX + key];
  if (!entry) return expect.fail(`no recording ${key}`);
  return Object.keys(entry['recorded-content']);
}

/** One recorded value: a reply, or for a few recordings a part of one (a list of tags, a length). */
export function recordedValue(key: string, name: string): unknown {
  const entry = snapshot[PREFIX + key]?.['recorded-content'][name];
  if (entry === undefined) return expect.fail(`no recording ${key} / ${name}`);
  return entry;
}

/** One recorded reply: `TestKMS::test_x[param]` and the name the test gave it. */
export function recordedReply(key: string, name: string): Record<string, unknown> {
  const entry = recordedValue(key, name);
  if (typeof entry !== 'object' || entry === null)
    return expect.fail(`no recorded reply ${key} / ${name}`);
  return entry as Record<string, unknown>;
}

/**
 * A recorded error as `{ type, message }`, with the recording's placeholders (`<key-arn>`,
 * `<region>`, ...) filled in from `values`.
 */
export function recordedError(
  key: string,
  name: string,
  values: Record<string, string> = {},
): { type: string; message: string } {
  const error = recordedReply(key, name)['Error'] as { Code: string; Message: string } | undefined;
  if (!error) return expect.fail(`recording ${key} / ${name} is not an error`);
  let message = error.Message;
  for (const [placeholder, value] of Object.entries(values))
    message = message.split(`<${placeholder}>`).join(value);
  expect(message, 'every placeholder of the recording is filled').not.toMatch(/<[a-z0-9:-]+>/);
  return { type: error.Code, message };
}

/** The member names of a recorded KeyMetadata (for DescribeKey replies, under `KeyMetadata`). */
export function recordedMembers(key: string, name: string): string[] {
  const reply = recordedReply(key, name);
  const metadata = (reply['KeyMetadata'] ?? reply) as Record<string, unknown>;
  return Object.keys(metadata).sort();
}
