import { TS_HEADER } from './header.mjs';

export const SCHEMA_ID = 'https://kms-contract.dev/schemas/kms.json';

/** Recursively copies a schema, dropping prose (validators do not need it) and re-pointing $refs at $defs. */
function strip(node) {
  if (Array.isArray(node)) return node.map(strip);
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'description' || key === 'examples' || key === 'summary') continue;
    if (key === '$ref') {
      out.$ref = value.replace('#/components/schemas/', '#/$defs/');
      continue;
    }
    out[key] =
      key === 'properties'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, strip(v)]))
        : strip(value);
  }
  return out;
}

/**
 * The component schemas as one JSON Schema 2020-12 document ($defs), for ajv.
 * Descriptions are dropped to keep the browser bundle small; the spec keeps them.
 */
export function schemaDocumentOf(spec) {
  return {
    $id: SCHEMA_ID,
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $defs: strip(spec.components.schemas),
  };
}

export function emitSchemas(spec) {
  const doc = schemaDocumentOf(spec);
  return `${TS_HEADER}
/** The $id under which the component schemas are registered with ajv. */
export const schemaId = ${JSON.stringify(SCHEMA_ID)};

/** Every component schema of the spec, as a JSON Schema 2020-12 document. */
export const schemaDocument = ${JSON.stringify(doc, null, 2)} as const;
`;
}
