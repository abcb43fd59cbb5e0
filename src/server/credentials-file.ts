/** One access key `serve --auth sigv4` accepts. */
export interface MockCredential {
  accessKeyId: string;
  secretAccessKey: string;
  /** When set, a request signed with this key must carry it in `X-Amz-Security-Token`. */
  sessionToken?: string;
}

const MEMBERS: ReadonlySet<string> = new Set(['accessKeyId', 'secretAccessKey', 'sessionToken']);

/** Thrown for a credentials file of the wrong shape; the message names the file and the entry. */
export class CredentialsFileError extends Error {
  override name = 'CredentialsFileError';
}

/**
 * The access keys of a `--credentials` file: a JSON or YAML list of `{accessKeyId,
 * secretAccessKey, sessionToken?}` (the parsed document is given here). Anything else is refused
 * with a message saying what is wrong where, never read in part or ignored: a key silently left
 * out would only show up later as a signature error.
 *
 * @example
 * credentialsFromDocument(yaml.parse(text), 'creds.yaml');
 * // [{ accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local-secret' }]
 */
export function credentialsFromDocument(document: unknown, file: string): MockCredential[] {
  const fail = (problem: string): never => {
    throw new CredentialsFileError(
      `${file}: ${problem}; expected a list of {accessKeyId, secretAccessKey, sessionToken?}`,
    );
  };
  if (!Array.isArray(document)) return fail(`the document is ${describe(document)}, not a list`);
  if (document.length === 0) return fail('the list is empty');
  return document.map((entry: unknown, index): MockCredential => {
    const where = `entry ${index + 1}`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
      return fail(`${where} is ${describe(entry)}, not an object`);
    const unknown = Object.keys(entry).filter((name) => !MEMBERS.has(name));
    if (unknown.length > 0) return fail(`${where} has unknown member ${unknown.join(', ')}`);
    const member = (name: string): string | undefined => {
      const value: unknown = Reflect.get(entry, name);
      if (value === undefined) return undefined;
      if (typeof value !== 'string' || value === '')
        return fail(`${where}: ${name} must be a non-empty string`);
      return value;
    };
    const accessKeyId = member('accessKeyId') ?? fail(`${where} has no accessKeyId`);
    const secretAccessKey = member('secretAccessKey') ?? fail(`${where} has no secretAccessKey`);
    const sessionToken = member('sessionToken');
    return sessionToken === undefined
      ? { accessKeyId, secretAccessKey }
      : { accessKeyId, secretAccessKey, sessionToken };
  });
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
