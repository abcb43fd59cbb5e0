import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BLOB_MEMBERS, decodeBlobs, encodeBlobs } from '../../src/codec/index.js';

interface Schema {
  $ref?: string;
  contentEncoding?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  additionalProperties?: Schema | boolean;
}
const spec = JSON.parse(
  readFileSync(new URL('../../generated/kms.openapi.json', import.meta.url), 'utf8'),
) as {
  components: { schemas: Record<string, Schema> };
};
const schemas = spec.components.schemas;
const resolve = (schema: Schema): Schema =>
  schema.$ref ? (schemas[schema.$ref.split('/').pop() ?? ''] ?? {}) : schema;

/**
 * Member name → whether its schema is a blob, for every member of every component schema but the
 * error body: error replies never pass through the blob codec, and its `Message` string shares a
 * name with Sign's `Message` blob.
 */
function membersByKind(): { blobs: Set<string>; others: Set<string> } {
  const blobs = new Set<string>();
  const others = new Set<string>();
  for (const [schemaName, schema] of Object.entries(schemas)) {
    if (schemaName === 'ErrorBody') continue;
    for (const [name, member] of Object.entries(schema.properties ?? {})) {
      (resolve(member).contentEncoding === 'base64' ? blobs : others).add(name);
    }
  }
  return { blobs, others };
}

describe('blob members', () => {
  // The generated list of blob names stands in for the spec's contentEncoding; this reads the
  // spec a second way (the bundled JSON, not the generator's YAML) and keeps them equal.
  const listed: readonly string[] = BLOB_MEMBERS;

  it('are exactly the members the spec gives a contentEncoding: base64 schema', () => {
    expect([...membersByKind().blobs].sort()).toEqual(listed);
  });

  it('never share a name with a member that is not a blob', () => {
    const { others } = membersByKind();
    expect(listed.filter((name) => others.has(name))).toEqual([]);
  });

  it('decode at any depth and encode back to the same wire value', () => {
    const wire = {
      KeyId: 'k',
      Plaintext: 'AQID',
      Recipient: { AttestationDocument: 'AAE=', KeyEncryptionAlgorithm: 'RSAES_OAEP_SHA_256' },
      Keys: [{ KeyId: 'x' }],
    };
    const value = decodeBlobs(wire);
    expect(value).toEqual({
      ...wire,
      Plaintext: new Uint8Array([1, 2, 3]),
      Recipient: { ...wire.Recipient, AttestationDocument: new Uint8Array([0, 1]) },
    });
    expect(encodeBlobs(value)).toEqual(wire);
  });

  it('refuse a blob that is not canonical base64, naming where it is', () => {
    expect(() => decodeBlobs({ Recipient: { AttestationDocument: 'AB==' } })).toThrow(
      'Recipient.AttestationDocument is not canonical base64',
    );
    expect(() => decodeBlobs({ Plaintext: 'QQ' })).toThrow(RangeError);
  });

  it('keep a member named __proto__ a plain member', () => {
    const value = encodeBlobs(JSON.parse('{"__proto__": {"Plaintext": "x"}}')) as Record<
      string,
      unknown
    >;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.hasOwn(value, '__proto__')).toBe(true);
  });
});
