import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkErrorBody,
  checkRequest,
  checkResponse,
  operations,
  validatorFor,
} from '../../src/contract/index.js';
import type { OperationName, ValidatedSchema } from '../../src/contract/index.js';
import { schemaDocument } from '../../generated/schemas.js';
import { contractOperations } from '../fixtures/model-deviations.js';
import { createAjv } from '../../scripts/generate/validators.mjs';

const b64 = (n: number) => Buffer.alloc(n, 7).toString('base64');
const key = '1234abcd-12ab-34cd-56ef-1234567890ab';

describe('every schema compiles in strict ajv', () => {
  it('the schema document is valid against the JSON Schema 2020-12 meta-schema', () => {
    const ajv = createAjv(structuredClone(schemaDocument), { validateSchema: true });
    expect(ajv.validateSchema(schemaDocument as object)).toBe(true);
    expect(ajv.errors ?? null).toBeNull();
    expect(ajv.validateSchema({ $defs: { Broken: { type: 5 } } })).toBe(false);
  });

  it.each(Object.keys(schemaDocument.$defs))('%s', (name) => {
    const ajv = createAjv(structuredClone(schemaDocument));
    expect(() => ajv.getSchema(`${schemaDocument.$id}#/$defs/${name}`)).not.toThrow();
  });

  it('every operation input and output, and ErrorBody, has a validator compiled ahead of time', () => {
    const named = Object.values(operations).flatMap((o) => [o.input, o.output]);
    for (const name of [...named, 'ErrorBody'])
      if (name !== null) expect(validatorFor(name as ValidatedSchema)).toBeTypeOf('function');
  });
});

describe('GenerateDataKey requests', () => {
  const cases: Array<
    [string, unknown, 'ok' | 'ValidationException' | 'SerializationException', string?]
  > = [
    ['key spec', { KeyId: key, KeySpec: 'AES_256' }, 'ok'],
    ['1 byte', { KeyId: key, NumberOfBytes: 1 }, 'ok'],
    ['1024 bytes', { KeyId: key, NumberOfBytes: 1024 }, 'ok'],
    [
      '0 bytes',
      { KeyId: key, NumberOfBytes: 0 },
      'ValidationException',
      "1 validation error detected: Value '0' at 'numberOfBytes' failed to satisfy constraint: Member must have value greater than or equal to 1",
    ],
    [
      '1025 bytes',
      { KeyId: key, NumberOfBytes: 1025 },
      'ValidationException',
      "Value '1025' at 'numberOfBytes' failed to satisfy constraint: Member must have value less than or equal to 1024",
    ],
    [
      'unknown key spec',
      { KeyId: key, KeySpec: 'AES_512' },
      'ValidationException',
      'Member must satisfy enum value set: [AES_256, AES_128]',
    ],
    [
      'missing key id',
      { KeySpec: 'AES_256' },
      'ValidationException',
      "Value null at 'keyId' failed to satisfy constraint: Member must not be null",
    ],
    [
      'empty key id',
      { KeyId: '', KeySpec: 'AES_256' },
      'ValidationException',
      'Member must have length greater than or equal to 1',
    ],
    [
      'long key id',
      { KeyId: 'k'.repeat(2049), KeySpec: 'AES_256' },
      'ValidationException',
      'Member must have length less than or equal to 2048',
    ],
    [
      '11 grant tokens',
      { KeyId: key, KeySpec: 'AES_256', GrantTokens: Array(11).fill('t') },
      'ValidationException',
      "at 'grantTokens'",
    ],
    ['string for number', { KeyId: key, NumberOfBytes: '32' }, 'SerializationException'],
    ['object for key id', { KeyId: {}, KeySpec: 'AES_256' }, 'SerializationException'],
    [
      'number in context',
      { KeyId: key, KeySpec: 'AES_256', EncryptionContext: { a: 1 } },
      'SerializationException',
    ],
    [
      'two errors',
      { KeyId: '', NumberOfBytes: 0 },
      'ValidationException',
      '2 validation errors detected',
    ],
  ];
  it.each(cases)('%s', (_name, body, want, message) => {
    const result = checkRequest('GenerateDataKey', body);
    if (want === 'ok') return expect(result).toEqual({ ok: true });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.rejection.type).toBe(want);
    if (message) expect(result.rejection.message).toContain(message);
  });
});

describe('blob limits count decoded bytes', () => {
  it.each([
    [4096, 'ok'],
    [4097, 'ValidationException'],
  ])('Encrypt plaintext of %i bytes', (n, want) => {
    const result = checkRequest('Encrypt', { KeyId: key, Plaintext: b64(n as number) });
    expect(result.ok ? 'ok' : result.rejection.type).toBe(want);
    if (!result.ok) expect(result.rejection.message).toContain("Value at 'plaintext'");
  });
  it('refuses a blob that is not canonical base64 as a serialization error', () => {
    const result = checkRequest('Decrypt', { CiphertextBlob: 'abc' });
    expect(result.ok ? 'ok' : result.rejection.type).toBe('SerializationException');
  });
});

describe('responses', () => {
  it('accepts a real GenerateDataKey reply and refuses an empty one', () => {
    const reply = {
      CiphertextBlob: b64(184),
      Plaintext: b64(32),
      KeyId: `arn:aws:kms:us-east-1:111122223333:key/${key}`,
      KeyMaterialId: 'a'.repeat(64),
    };
    expect(checkResponse('GenerateDataKey', reply)).toEqual([]);
    expect(checkResponse('GenerateDataKey', { ...reply, Plaintext: 'not base64!' })).not.toEqual(
      [],
    );
    expect(checkResponse('GenerateDataKey', { ...reply, KeyMaterialId: 'xyz' })).not.toEqual([]);
  });
  it('treats operations without output as empty bodies', () => {
    expect(checkResponse('EnableKey', undefined)).toEqual([]);
    expect(checkResponse('EnableKey', { KeyId: key })).not.toEqual([]);
  });
  it('checks error bodies', () => {
    expect(checkErrorBody({ __type: 'InvalidCiphertextException' })).toEqual([]);
    expect(checkErrorBody({ message: 'no type' })).not.toEqual([]);
  });
  it('declares every operation of the contract, each with input schema and X-Amz-Target', () => {
    const names = Object.keys(operations) as OperationName[];
    expect([...names].sort()).toEqual([...contractOperations].sort());
    for (const name of names) expect(operations[name].target).toBe(`TrentService.${name}`);
  });
});

describe('the spec examples are real wire values', () => {
  type Media = { examples?: Record<string, { value?: unknown; $ref?: string }> };
  type Spec = {
    paths: Record<
      string,
      {
        post: {
          operationId: string;
          responses: Record<string, { content?: Record<string, Media> }>;
        };
      }
    >;
    components: { examples: Record<string, { value: unknown }> };
  };
  const spec = JSON.parse(
    readFileSync(new URL('../../generated/kms.openapi.json', import.meta.url), 'utf8'),
  ) as Spec;
  const rows = Object.values(spec.paths).flatMap(({ post }) =>
    Object.entries(post.responses).flatMap(([status, response]) =>
      Object.entries(response.content?.['application/x-amz-json-1.1']?.examples ?? {}).map(
        ([name, example]) => {
          const value = example.$ref
            ? spec.components.examples[example.$ref.split('/').pop() ?? '']?.value
            : example.value;
          return [post.operationId, status, name, value] as const;
        },
      ),
    ),
  );
  it.each(rows)('%s %s %s', (op, status, name, value) => {
    if (status === '200') expect(checkResponse(op as OperationName, value)).toEqual([]);
    else {
      expect(checkErrorBody(value)).toEqual([]);
      expect((value as { __type: string }).__type).toBe(name);
    }
  });
  it('every operation with output has a success example', () => {
    const withExample = new Set(rows.filter(([, status]) => status === '200').map(([op]) => op));
    const withOutput = (Object.keys(operations) as OperationName[]).filter(
      (op) => operations[op].output !== null,
    );
    expect(withOutput.filter((op) => !withExample.has(op))).toEqual([]);
  });
});

describe('wrong JSON types are named as Coral names them', () => {
  it.each([
    [{ KeyId: key, NumberOfBytes: '32' }, 'STRING_VALUE can not be converted to an Integer'],
    [{ KeyId: key, NumberOfBytes: 1.5 }, undefined],
    [
      { KeyId: key, KeySpec: 'AES_256', DryRun: 'yes' },
      'STRING_VALUE can not be converted to a Boolean',
    ],
    [{ KeyId: 7, KeySpec: 'AES_256' }, 'NUMBER_VALUE can not be converted to a String'],
    [{ KeyId: [key], KeySpec: 'AES_256' }, 'Start of list found where not expected'],
  ])('%j', (body, message) => {
    const result = checkRequest('GenerateDataKey', body);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.rejection.type).toBe('SerializationException');
    if (message) expect(result.rejection.message).toBe(message);
  });
});
