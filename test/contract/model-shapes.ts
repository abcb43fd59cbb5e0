/**
 * What a botocore model shape means in the spec's terms: the JSON form its type takes on the wire
 * and the JSON Schema keywords its traits imply.
 */
import type { ConstraintKeyword } from './differences.js';
import { CANONICAL_BASE64, type Json, isRecord } from './spec-schema.js';

/** How each model type is written in the spec (evidence `wire.json-1-1`: blobs are base64 strings, timestamps epoch numbers). */
const SPEC_FORM: Readonly<Record<string, string>> = {
  string: 'string',
  blob: 'base64 string',
  integer: 'integer',
  long: 'integer',
  boolean: 'boolean',
  timestamp: 'number',
  double: 'number',
  float: 'number',
  list: 'array',
  map: 'map',
  structure: 'object',
};

/** The form a model type must take in the spec. */
export function formOfShape(shape: Json): string | undefined {
  return SPEC_FORM[String(shape['type'])];
}

/** The form a schema gives its values; a map is an object described by propertyNames/additionalProperties. */
export function formOfSchema(schema: Json): string {
  const type = schema['type'];
  if (type === 'string') {
    return schema['contentEncoding'] === 'base64' ? 'base64 string' : 'string';
  }
  if (type === 'object') {
    const keyed = isRecord(schema['additionalProperties']) || schema['propertyNames'] !== undefined;
    return schema['properties'] === undefined && keyed ? 'map' : 'object';
  }
  return typeof type === 'string' ? type : `(type ${JSON.stringify(type ?? null)})`;
}

const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

/** Enum values as a sorted list: the spec must list the same set, in any order. */
export const sortedValues = (v: unknown): string[] | undefined =>
  Array.isArray(v) ? v.map(String).sort() : undefined;

/** The base64 length of n decoded bytes, 4 * ceil(n / 3); not n itself (the mistake of evidence `docs.apis-guru-conversion`). */
export const base64Length = (bytes: number | undefined): number | undefined =>
  bytes === undefined ? undefined : 4 * Math.ceil(bytes / 3);

/**
 * The keywords a shape implies. `min`/`max` are lengths on strings, decoded bytes on blobs, values
 * on integers and item counts on lists (reference README); every other keyword must be absent.
 */
export function impliedConstraints(shape: Json): Partial<Record<ConstraintKeyword, unknown>> {
  const min = num(shape['min']);
  const max = num(shape['max']);
  switch (shape['type']) {
    case 'string':
      return {
        minLength: min,
        maxLength: max,
        enum: sortedValues(shape['enum']),
        pattern: shape['pattern'],
      };
    case 'blob':
      return {
        'x-minBytes': min,
        'x-maxBytes': max,
        minLength: base64Length(min),
        maxLength: base64Length(max),
        pattern: CANONICAL_BASE64,
      };
    case 'integer':
    case 'long':
      return { minimum: min, maximum: max };
    case 'list':
      return { minItems: min, maxItems: max };
    case 'map':
      return { minProperties: min, maxProperties: max };
    default:
      return {};
  }
}
