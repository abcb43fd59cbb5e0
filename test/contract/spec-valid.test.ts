/**
 * spec/kms.openapi.yaml is a valid OpenAPI 3.1 document and follows the AWS JSON 1.1 modelling
 * rules (docs/decisions/002-aws-json-in-openapi.md). Every rule is also run on a deliberately broken copy, which it must refuse
 * with the exact problem: a rule that cannot fail proves nothing.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkRequest } from '../../src/contract/index.js';
import { type Json, MEDIA, isRecord, nodeAt as at } from './spec-schema.js';
import { specRules } from './spec-rules.js';

const specPath = new URL('../../spec/kms.openapi.yaml', import.meta.url);
const spec: unknown = parse(readFileSync(specPath, 'utf8'));

type OpenApiDocument = SwaggerParser['api'];
function isDocument(value: unknown): value is OpenApiDocument {
  return isRecord(value) && typeof value['openapi'] === 'string' && isRecord(value['info']);
}

/** swagger-parser dereferences what it validates, in place: give it a copy. */
async function validate(doc: unknown): Promise<void> {
  const copy = structuredClone(doc);
  if (!isDocument(copy)) throw new Error('not an OpenAPI document');
  await SwaggerParser.validate(copy);
}

const post = (doc: unknown, op: string): Json =>
  at(doc, 'paths', `/#X-Amz-Target=TrentService.${op}`, 'post');
const gdkReply = (doc: unknown): Json =>
  at(
    post(doc, 'GenerateDataKey'),
    'responses',
    '200',
    'content',
    MEDIA,
    'examples',
    'aes256',
    'value',
  );

function broken(mutate: (doc: unknown) => void): unknown {
  const copy = structuredClone(spec);
  mutate(copy);
  return copy;
}

describe('OpenAPI 3.1 validity (swagger-parser)', () => {
  it('accepts spec/kms.openapi.yaml', async () => {
    await expect(SwaggerParser.validate(fileURLToPath(specPath))).resolves.toBeDefined();
  });
  it('accepts the in-memory copy the broken cases start from', async () => {
    await expect(validate(spec)).resolves.toBeUndefined();
  });
  const cases: Array<[string, (doc: unknown) => void, RegExp]> = [
    [
      'a response without description',
      (doc) => void delete at(post(doc, 'GenerateDataKey'), 'responses', '200')['description'],
      /responses\/200 must have required property 'description'/,
    ],
    [
      'a $ref to a missing schema',
      (doc) =>
        void (at(doc, 'components', 'schemas', 'GenerateDataKeyRequest', 'properties', 'KeyId')[
          '$ref'
        ] = '#/components/schemas/NoSuchType'),
      /Missing \$ref pointer "#\/components\/schemas\/NoSuchType"/,
    ],
    [
      'a path that does not start with /',
      (doc) => void (at(doc, 'paths')['TrentService.Nothing'] = {}),
      /#\/paths must NOT have unevaluated properties/,
    ],
  ];
  it.each(cases)('refuses %s', async (_name, mutate, message) => {
    await expect(validate(broken(mutate))).rejects.toThrow(message);
  });
});

describe('AWS JSON 1.1 modelling rules', () => {
  it.each(Object.entries(specRules))('%s: hold for the spec', (_name, rule) => {
    expect(rule(spec)).toEqual([]);
  });

  // [rule, what breaks, the mutation, the exact problems the rule must report]
  const cases: Array<[string, string, (doc: unknown) => void, string[]]> = [
    [
      'operation ids and paths',
      'an operationId unlike its path',
      (doc) => void (post(doc, 'Decrypt')['operationId'] = 'decrypt'),
      ['/#X-Amz-Target=TrentService.Decrypt: operationId decrypt, not Decrypt'],
    ],
    [
      'operation ids and paths',
      'a path without the target fragment',
      (doc) =>
        void (at(doc, 'paths')['/decrypt'] = { post: { operationId: 'Decrypt2', responses: {} } }),
      ['/decrypt: path is not /#X-Amz-Target=TrentService.<Op>'],
    ],
    [
      'X-Amz-Target headers',
      'an optional header',
      (doc) => void (at(doc, 'components', 'parameters', 'TargetEncrypt')['required'] = false),
      ['Encrypt: X-Amz-Target is not required'],
    ],
    [
      'X-Amz-Target headers',
      'a second enum value',
      (doc) =>
        void (at(doc, 'components', 'parameters', 'TargetEncrypt', 'schema')['enum'] = [
          'TrentService.Encrypt',
          'TrentService.Decrypt',
        ]),
      [
        'Encrypt: X-Amz-Target enum ["TrentService.Encrypt","TrentService.Decrypt"], not ["TrentService.Encrypt"]',
      ],
    ],
    [
      'X-Amz-Target headers',
      'no header parameter',
      (doc) => void (post(doc, 'ListKeys')['parameters'] = []),
      ['ListKeys: no X-Amz-Target header parameter'],
    ],
    [
      'media types',
      'an application/json response',
      (doc) =>
        void (at(post(doc, 'GenerateDataKey'), 'responses', '200', 'content')['application/json'] =
          {}),
      ['GenerateDataKey 200: media types application/x-amz-json-1.1, application/json'],
    ],
    [
      'media types',
      'an application/json request',
      (doc) => void (post(doc, 'Encrypt')['requestBody'] = { content: { 'application/json': {} } }),
      ['Encrypt request: media types application/json'],
    ],
    [
      'status codes',
      'an APIs.guru-style 480',
      (doc) =>
        void (at(post(doc, 'GenerateDataKey'), 'responses')['480'] = { description: 'NotFound' }),
      ['GenerateDataKey: status 480'],
    ],
    [
      'error examples',
      'a namespaced __type',
      (doc) =>
        void (at(post(doc, 'GenerateRandom'), 'responses', '400', 'content', MEDIA, 'examples')[
          'UnsupportedOperationException'
        ] = { value: { __type: 'com.amazonaws.kms#UnsupportedOperationException' } }),
      [
        'GenerateRandom 400 UnsupportedOperationException: __type "com.amazonaws.kms#UnsupportedOperationException"',
      ],
    ],
    [
      'error examples',
      'an extra member',
      (doc) =>
        void (at(post(doc, 'ListKeys'), 'responses', '400', 'content', MEDIA, 'examples')[
          'InvalidMarkerException'
        ] = { value: { __type: 'InvalidMarkerException', code: 400 } }),
      ['ListKeys 400 InvalidMarkerException: members code besides __type and message'],
    ],
    [
      'no format: byte',
      'a blob with format: byte',
      (doc) => void (at(doc, 'components', 'schemas', 'CiphertextType')['format'] = 'byte'),
      ['#/components/schemas/CiphertextType: format: byte'],
    ],
    [
      'GenerateDataKey examples',
      'a 31-byte AES_256 key',
      (doc) => void (gdkReply(doc)['Plaintext'] = Buffer.alloc(31, 1).toString('base64')),
      [
        'GenerateDataKey 200 example aes256: Plaintext is 31 bytes, which no request example asks for',
      ],
    ],
    [
      'GenerateDataKey examples',
      'unpadded base64',
      (doc) =>
        void (gdkReply(doc)['Plaintext'] = Buffer.alloc(32, 1)
          .toString('base64')
          .replace(/=+$/, '')),
      ['GenerateDataKey 200 example aes256: Plaintext is not canonical base64'],
    ],
    [
      'GenerateDataKey examples',
      'a blob shorter than real KMS makes',
      (doc) => void (gdkReply(doc)['CiphertextBlob'] = Buffer.alloc(167, 1).toString('base64')),
      [
        'GenerateDataKey 200 example aes256: CiphertextBlob is 167 bytes; real KMS gives 184 for a 32-byte key',
      ],
    ],
    [
      'GenerateDataKey examples',
      'an alias as KeyId',
      (doc) => void (gdkReply(doc)['KeyId'] = 'alias/ExampleAlias'),
      ['GenerateDataKey 200 example aes256: KeyId alias/ExampleAlias is not a key ARN'],
    ],
    [
      'GenerateDataKey examples',
      'Plaintext next to CiphertextForRecipient (evidence `docs.recipient`)',
      (doc) =>
        void (gdkReply(doc)['CiphertextForRecipient'] = Buffer.alloc(600, 2).toString('base64')),
      ['GenerateDataKey 200 example aes256: Plaintext next to CiphertextForRecipient'],
    ],
    [
      'realistic examples',
      'a short account id in a message',
      (doc) =>
        void (at(doc, 'components', 'examples', 'DisabledException', 'value')['message'] =
          'arn:aws:kms:us-west-2:1111:key/1234abcd-12ab-34cd-56ef-1234567890ab is disabled.'),
      [
        'components.examples.DisabledException.message: arn:aws:kms:us-west-2:1111:key/1234abcd-12ab-34cd-56ef-1234567890ab is not a real-looking KMS ARN',
      ],
    ],
    // The invalid number copied into the APIs.guru examples (evidence `docs.apis-guru-conversion`).
    [
      'realistic examples',
      'a date that is not epoch seconds',
      (doc) => void (gdkReply(doc)['CreationDate'] = '1.643057863.842'),
      ['GenerateDataKey example aes256.CreationDate: "1.643057863.842" is not epoch seconds'],
    ],
  ];
  it.each(cases)('%s: refuses %s', (rule, _name, mutate, want) => {
    const check = specRules[rule];
    if (check === undefined) throw new Error(`no rule ${rule}`);
    expect(check(broken(mutate))).toEqual(want);
  });
});

// Response examples of every operation are checked against the schemas in validators.test.ts.
describe('GenerateDataKey request examples against the contract validators', () => {
  const examples = Object.entries(
    at(post(spec, 'GenerateDataKey'), 'requestBody', 'content', MEDIA, 'examples'),
  ).map(([name, example]): [string, unknown] => [name, at(example)['value']]);
  it.each(examples)('%s is accepted', (_name, value) => {
    expect(checkRequest('GenerateDataKey', value)).toEqual({ ok: true });
  });
});
