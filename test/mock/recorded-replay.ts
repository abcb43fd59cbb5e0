// Compares a reply of the mock with a reply recorded from real KMS, the way the recording itself
// was made: errors by __type, message and status; successes by member names and value shapes,
// never by random values (ids, ciphertexts, dates).
import { isKmsError } from '../../src/errors/index.js';
import { recordedNames, recordedValue } from './recorded.js';

/** A reply of the mock, in the recording's terms: the body (errors as `{Error: {Code, Message}}`) and the status. */
export interface Reply {
  status: number;
  body: unknown;
  /** Placeholders of this reply alone (one `<key-arn>` per reply when each names another key). */
  values?: Record<string, string>;
}

/** Runs one call and keeps its reply, success or KMS error, as the recording kept it. */
export async function reply(call: Promise<unknown>): Promise<Reply> {
  try {
    return { status: 200, body: await call };
  } catch (error) {
    if (!isKmsError(error)) throw error;
    return {
      status: error.status,
      body: { Error: { Code: error.__type, Message: error.message } },
    };
  }
}

/** A reply that is a value of the reply, not the whole reply (`snapshot.match('x', response['Tags'])`). */
export const part = (value: unknown): Reply => ({ status: 200, body: value });

/**
 * One recording compared with what the mock answered: `replies` has one entry per recorded name.
 * `values` gives placeholders their meaning (`key-arn`, `region`, ...); the other placeholders
 * bind on first sight and must then keep their value, as the recording's references do.
 */
export interface Replay {
  replies: Record<string, Reply>;
  values?: Record<string, string>;
}

/** Every way the mock's replies differ from the recording's, as `name: path: what` lines. */
export function differences(key: string, replay: Replay): string[] {
  const found: string[] = [];
  const bound = new Map(Object.entries(replay.values ?? {}));
  const names = recordedNames(key);
  for (const name of Object.keys(replay.replies))
    if (!names.includes(name)) found.push(`${name}: not a recorded name`);
  for (const name of names) {
    const actual = replay.replies[name];
    if (!actual) {
      found.push(`${name}: not replayed`);
      continue;
    }
    const recorded = recordedValue(key, name);
    const own = new Map([...bound, ...Object.entries(actual.values ?? {})]);
    const compare = (path: string, want: unknown, got: unknown) =>
      compareValue(found, own, `${name}: ${path}`, want, got);
    if (isObject(recorded) && 'ResponseMetadata' in recorded) {
      const status = (recorded['ResponseMetadata'] as { HTTPStatusCode: number }).HTTPStatusCode;
      if (status !== actual.status)
        found.push(`${name}: status ${actual.status}, recorded ${status}`);
      // botocore copies an error's message to the top level: the recording has it twice.
      const { ResponseMetadata: _metadata, message: _copy, ...members } = recorded;
      compare('$', members, actual.body);
    } else compare('$', recorded, actual.body);
    // What this reply bound (a numbered placeholder seen first here) holds for the next ones.
    for (const [placeholder, value] of own)
      if (!bound.has(placeholder) && !(placeholder in (actual.values ?? {})))
        bound.set(placeholder, value);
  }
  return found;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `ciphertext-blob` for `CiphertextBlob`: how the recording hides a member's value, without reference. */
const hiddenValueOf = (member: string) => member.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();

const PLACEHOLDER = /<([a-z0-9:-]+)>/g;

function compareValue(
  found: string[],
  bound: Map<string, string>,
  path: string,
  want: unknown,
  got: unknown,
): void {
  const member = path.slice(path.lastIndexOf('.') + 1);
  // The recording shows a JSON document member (a key policy) parsed.
  if (typeof want === 'object' && want !== null && typeof got === 'string') {
    try {
      got = JSON.parse(got) as unknown;
    } catch {
      // Not JSON: compared as it is below, and reported.
    }
  }
  if (typeof want === 'string') {
    if (want === 'datetime') {
      if (typeof got !== 'number') found.push(`${path}: ${show(got)}, recorded a date`);
    } else if (want === hiddenValueOf(member) && member !== '$') {
      if (typeof got !== 'string' || got === '')
        found.push(`${path}: ${show(got)}, recorded a value`);
    } else if (typeof got !== 'string') {
      found.push(`${path}: ${show(got)}, recorded ${show(want)}`);
    } else if (unfilledArn(bound, want)) {
      // Which key an ARN placeholder stands for is the replay's to say, never a free match.
      found.push(`${path}: ${unfilledArn(bound, want)} has no value in the replay`);
    } else if (!matchesTemplate(bound, want, got)) {
      found.push(`${path}: ${show(got)}, recorded ${show(want)}`);
    }
    return;
  }
  if (Array.isArray(want)) {
    if (!Array.isArray(got) || got.length !== want.length) {
      found.push(`${path}: ${show(got)}, recorded ${show(want)}`);
      return;
    }
    want.forEach((item, i) => compareValue(found, bound, `${path}[${i}]`, item, got[i]));
    return;
  }
  if (isObject(want)) {
    if (!isObject(got)) {
      found.push(`${path}: ${show(got)}, recorded an object`);
      return;
    }
    for (const name of Object.keys(got))
      if (!(name in want)) found.push(`${path}.${name}: not recorded (${show(got[name])})`);
    for (const [name, value] of Object.entries(want)) {
      if (!(name in got)) found.push(`${path}.${name}: missing, recorded ${show(value)}`);
      else compareValue(found, bound, `${path}.${name}`, value, got[name]);
    }
    return;
  }
  if (want !== got) found.push(`${path}: ${show(got)}, recorded ${show(want)}`);
}

/**
 * A recorded string with placeholders against the mock's: literal parts equal, each placeholder
 * its bound value, or any text that then becomes its value (`<key-id:1>` is one value throughout
 * one recording; an unnumbered one such as `<key-arn>` binds nothing unless `values` names it).
 */
function matchesTemplate(bound: Map<string, string>, want: string, got: string): boolean {
  const names: string[] = [];
  let pattern = '';
  let last = 0;
  for (const match of want.matchAll(PLACEHOLDER)) {
    const [text, name = ''] = match;
    pattern += escape(want.slice(last, match.index));
    const value = bound.get(name);
    if (value !== undefined) pattern += escape(value);
    else {
      pattern += name.includes(':') ? '(.+?)' : '.+?';
      if (name.includes(':')) names.push(name);
    }
    last = match.index + text.length;
  }
  pattern += escape(want.slice(last));
  const result = new RegExp(`^${pattern}$`, 's').exec(got);
  if (!result) return false;
  names.forEach((name, i) => {
    const value = result[i + 1];
    if (value !== undefined && !bound.has(name)) bound.set(name, value);
  });
  return true;
}

/** An unnumbered ARN placeholder (`<key-arn>`, `<mrk-key-arn>`) the replay gave no value. */
const unfilledArn = (bound: Map<string, string>, want: string) =>
  [...want.matchAll(PLACEHOLDER)]
    .map((m) => m[1] ?? '')
    .find((name) => name.endsWith('-arn') && !bound.has(name));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const show = (value: unknown) => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 400 ? `${text.slice(0, 397)}...` : text;
};
