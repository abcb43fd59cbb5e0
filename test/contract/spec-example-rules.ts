/**
 * Rules for the spec's examples: they must look like real KMS traffic, since Prism serves them as
 * mock replies and readers copy them. Each rule returns its problems, one readable line each.
 */
import {
  CANONICAL_BASE64,
  MEDIA,
  type Json,
  isRecord,
  record,
  resolve,
  specOperations,
} from './spec-schema.js';

/** A key or alias ARN in one of the three partitions (evidence `docs.key-id-forms`). */
const KEY_ID = '(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})';
const KEY_ARN = new RegExp(
  `^arn:aws(?:-cn|-us-gov)?:kms:[a-z]{2}(?:-[a-z]+)+-\\d:\\d{12}:key/${KEY_ID}$`,
);
const ALIAS_ARN =
  /^arn:aws(?:-cn|-us-gov)?:kms:[a-z]{2}(?:-[a-z]+)+-\d:\d{12}:alias\/[a-zA-Z0-9/_-]+$/;
/** The account principal a key policy names (IAM ARNs have no Region). */
const ACCOUNT_ROOT_ARN = /^arn:aws(?:-cn|-us-gov)?:iam::\d{12}:root$/;
/** An IAM role or user, as a grant's grantee or retiring principal names it. */
const IAM_PRINCIPAL_ARN = /^arn:aws(?:-cn|-us-gov)?:iam::\d{12}:(?:role|user)\/[\w+=,.@/-]+$/;

/** Real CiphertextBlob sizes by data key length for symmetric keys, recorded from AWS (evidence `docs.blob-opaque`). */
const REAL_BLOB_BYTES: ReadonlyMap<number, number> = new Map([
  [1, 153],
  [16, 168],
  [32, 184],
  [64, 220],
  [256, 418],
  [1024, 1186],
]);
/** Data key lengths of the two key specs (evidence `docs.generate-data-key`). */
const KEY_SPEC_BYTES: Readonly<Record<string, number>> = { AES_256: 32, AES_128: 16 };

/** Decoded length of canonical padded base64, or undefined when the text is not in that form. */
function canonicalBase64Bytes(text: unknown): number | undefined {
  if (typeof text !== 'string' || !new RegExp(CANONICAL_BASE64).test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? bytes.length : undefined;
}

/** Named example values of one media object. */
function exampleValues(doc: unknown, media: unknown): Array<[string, Json]> {
  return Object.entries(record(record(media)['examples'])).map(([name, example]) => [
    name,
    record(resolve(doc, example).node['value']),
  ]);
}

/**
 * One GenerateDataKey reply. With a Recipient, KMS returns CiphertextForRecipient instead of
 * Plaintext and omits KeyMaterialId (evidence `docs.recipient`); otherwise Plaintext is the data key.
 */
function replyProblems(where: string, reply: Json, asked: ReadonlySet<unknown>): string[] {
  const problems: string[] = [];
  const forRecipient = reply['CiphertextForRecipient'] !== undefined;
  const plaintext = canonicalBase64Bytes(reply['Plaintext']);
  const blob = canonicalBase64Bytes(reply['CiphertextBlob']);
  if (forRecipient) {
    if (canonicalBase64Bytes(reply['CiphertextForRecipient']) === undefined)
      problems.push(`${where}: CiphertextForRecipient is not canonical base64`);
    if (reply['Plaintext'] !== undefined)
      problems.push(`${where}: Plaintext next to CiphertextForRecipient`);
  } else if (plaintext === undefined) problems.push(`${where}: Plaintext is not canonical base64`);
  else if (!asked.has(plaintext))
    problems.push(`${where}: Plaintext is ${plaintext} bytes, which no request example asks for`);
  if (blob === undefined) problems.push(`${where}: CiphertextBlob is not canonical base64`);
  const realBlob = plaintext === undefined ? undefined : REAL_BLOB_BYTES.get(plaintext);
  if (blob !== undefined && realBlob !== undefined && realBlob !== blob) {
    problems.push(
      `${where}: CiphertextBlob is ${blob} bytes; real KMS gives ${realBlob} for a ${String(plaintext)}-byte key`,
    );
  }
  if (!KEY_ARN.test(String(reply['KeyId'])))
    problems.push(`${where}: KeyId ${String(reply['KeyId'])} is not a key ARN`);
  if (!forRecipient && !/^[a-f0-9]{64}$/.test(String(reply['KeyMaterialId'])))
    problems.push(`${where}: KeyMaterialId is not 64 hex digits`);
  return problems;
}

/**
 * GenerateDataKey has request and response examples that look like real traffic: canonical base64
 * blobs of real sizes (a Plaintext as long as a request example asks for, a CiphertextBlob of the
 * recorded size for that key length, evidence `docs.blob-opaque`), a key ARN in KeyId (§5), 64-hex KeyMaterialId (§6).
 */
export function generateDataKeyExamples(doc: unknown): string[] {
  const op = specOperations(doc).find((o) => o.operation['operationId'] === 'GenerateDataKey');
  if (op === undefined) return ['GenerateDataKey: missing'];
  const requests = exampleValues(
    doc,
    record(resolve(doc, op.operation['requestBody']).node['content'])[MEDIA],
  );
  const replies = exampleValues(
    doc,
    record(resolve(doc, record(op.operation['responses'])['200']).node['content'])[MEDIA],
  );
  const problems: string[] = [];
  if (requests.length === 0) problems.push('GenerateDataKey: no request example');
  if (replies.length === 0) problems.push('GenerateDataKey: no response example');
  if (!requests.some(([, r]) => r['KeySpec'] === 'AES_256'))
    problems.push('GenerateDataKey: no AES_256 request example');
  const asked = new Set(
    requests.map(([, r]) => KEY_SPEC_BYTES[String(r['KeySpec'])] ?? r['NumberOfBytes']),
  );
  for (const [name, reply] of replies) {
    problems.push(...replyProblems(`GenerateDataKey 200 example ${name}`, reply, asked));
  }
  return problems;
}

/** Every ARN in any example (values and messages) is a well-formed key, alias, account-root or IAM role/user ARN; every `*Date` is epoch seconds. */
export function realisticExamples(doc: unknown): string[] {
  const problems: string[] = [];
  // KMS launched in November 2014; a timestamp before that or after 2100 is a unit mistake.
  const [earliest, latest] = [Date.UTC(2014, 10, 12) / 1000, Date.UTC(2100, 0, 1) / 1000];
  const walk = (node: unknown, where: string): void => {
    if (typeof node === 'string') {
      for (const arn of node.match(/arn:[^\s'"]+/g) ?? []) {
        const bare = arn.replace(/[.,;]$/, '');
        if (
          ![KEY_ARN, ALIAS_ARN, ACCOUNT_ROOT_ARN, IAM_PRINCIPAL_ARN].some((form) => form.test(bare))
        )
          problems.push(`${where}: ${bare} is not a real-looking KMS ARN`);
      }
    }
    if (Array.isArray(node)) node.forEach((item, i) => walk(item, `${where}[${i}]`));
    if (!isRecord(node)) return;
    for (const [key, value] of Object.entries(node)) {
      if (key.endsWith('Date') && (typeof value !== 'number' || value < earliest || value > latest))
        problems.push(`${where}.${key}: ${JSON.stringify(value)} is not epoch seconds`);
      walk(value, `${where}.${key}`);
    }
  };
  const components = record(record(record(doc)['components'])['examples']);
  for (const [name, example] of Object.entries(components))
    walk(record(example)['value'], `components.examples.${name}`);
  // Examples given by $ref were walked above, under components.examples.
  for (const op of specOperations(doc)) {
    const bodies = [
      op.operation['requestBody'],
      ...Object.values(record(op.operation['responses'])),
    ];
    for (const body of bodies) {
      for (const media of Object.values(record(resolve(doc, body).node['content']))) {
        for (const [name, example] of Object.entries(record(record(media)['examples']))) {
          if (!('$ref' in record(example)))
            walk(
              record(example)['value'],
              `${String(op.operation['operationId'])} example ${name}`,
            );
        }
      }
    }
  }
  return problems;
}
