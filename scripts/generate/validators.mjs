// The validators of the contract, compiled ahead of time by ajv's standalone mode: plain functions
// with no `new Function` at run time (so a page with `script-src 'self'` runs them) and no schema
// compiler to load. One validator per schema an operation names (input, output) and the shared
// error body; each is drift-checked with the rest of generated/.
import { Ajv2020 } from 'ajv/dist/2020.js';
import AjvDraft7, { _, str } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { TS_HEADER } from './header.mjs';
import { SCHEMA_ID } from './schemas.mjs';

/**
 * The AWS model's blob limits count decoded bytes, not base64 characters: `x-minBytes` /
 * `x-maxBytes` carry them in the spec. A code-generating keyword, so standalone code inlines it.
 * A string that is not base64 is left to the `pattern` keyword, which reports it.
 */
function byteBound(keyword) {
  const min = keyword === 'x-minBytes';
  return {
    keyword,
    type: 'string',
    schemaType: 'number',
    error: {
      message: ({ schemaCode }) =>
        str`decoded length must be ${min ? '>=' : '<='} ${schemaCode} bytes`,
      params: ({ schemaCode }) => _`{limit: ${schemaCode}}`,
    },
    code(cxt) {
      const { data, schemaCode } = cxt;
      const length = _`(Math.floor(${data}.length * 3 / 4) - (${data}.endsWith("==") ? 2 : ${data}.endsWith("=") ? 1 : 0))`;
      cxt.fail(min ? _`${length} < ${schemaCode}` : _`${length} > ${schemaCode}`);
    },
  };
}

/**
 * One strict ajv (JSON Schema 2020-12, the dialect of OpenAPI 3.1) holding every component schema.
 * `verbose` keeps the failing value and schema on each error, which the AWS-style messages need.
 * The tests use it too, to check the schema document against the 2020-12 meta-schema.
 */
export function createAjv(
  schemaDocument,
  { validateSchema = false, standalone = false, messages = true } = {},
) {
  const options = { strict: true, allErrors: true, verbose: true, validateSchema, messages };
  // The standalone code comes from ajv's draft-07 engine: the schemas use only keywords that mean
  // the same in draft-07 and 2020-12 (checked below), and that engine writes no evaluated-property
  // bookkeeping for unevaluated*, which none of them uses; refs stay shared functions. A fifth less
  // code for every page and test file that loads the mock.
  const ajv = standalone
    ? new AjvDraft7({ ...options, inlineRefs: false, code: { source: true, esm: true } })
    : new Ajv2020(options);
  if (standalone) {
    assertSameInBothDrafts(schemaDocument.$defs);
    schemaDocument = { ...schemaDocument };
    delete schemaDocument.$schema; // draft-07's engine knows no 2020-12 meta-schema
  }
  ajv.addKeyword(byteBound('x-minBytes'));
  ajv.addKeyword(byteBound('x-maxBytes'));
  // Marks members AWS treats as secret: their values never appear in messages.
  ajv.addKeyword({ keyword: 'x-sensitive', schemaType: 'boolean' });
  ajv.addSchema(schemaDocument, SCHEMA_ID);
  return ajv;
}

/** Keywords whose meaning is the same in draft-07 and 2020-12 (and the spec's own x- keywords). */
const SAME_IN_BOTH = new Set([
  'type',
  'required',
  'properties',
  'additionalProperties',
  'propertyNames',
  '$ref',
  'enum',
  'const',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'items',
  'minItems',
  'maxItems',
  'contentEncoding',
  'deprecated',
  'x-minBytes',
  'x-maxBytes',
  'x-sensitive',
]);

/** Throws on a keyword outside SAME_IN_BOTH, or an array-form `items` (a tuple in draft-07 only). */
function assertSameInBothDrafts(defs) {
  const walk = (schema, where) => {
    for (const [keyword, value] of Object.entries(schema)) {
      if (!SAME_IN_BOTH.has(keyword))
        throw new Error(`${where}: keyword ${keyword} may differ between draft-07 and 2020-12`);
      if (keyword === 'items' && Array.isArray(value))
        throw new Error(`${where}: array items is a tuple in draft-07 only`);
      if (keyword === 'properties')
        for (const [name, sub] of Object.entries(value)) walk(sub, `${where}/properties/${name}`);
      else if (
        ['items', 'additionalProperties', 'propertyNames'].includes(keyword) &&
        typeof value === 'object'
      )
        walk(value, `${where}/${keyword}`);
    }
  };
  for (const [name, schema] of Object.entries(defs)) walk(schema, `#/$defs/${name}`);
}

/** ajv's one run-time helper (string length in code points), inlined so ajv is not needed. */
const UCS2LENGTH = `function ucs2length(str) {
  const len = str.length;
  let length = 0;
  let pos = 0;
  let value;
  while (pos < len) {
    length++;
    value = str.charCodeAt(pos++);
    if (value >= 0xd800 && value <= 0xdbff && pos < len) {
      value = str.charCodeAt(pos);
      if ((value & 0xfc00) === 0xdc00) pos++;
    }
  }
  return length;
}`;

/**
 * The schema names the operations use, in a stable order: `request` is every operation's input
 * schema; `response` is every output schema and the shared error body.
 */
export function validatedSchemas(spec, side) {
  const names = new Set();
  for (const methods of Object.values(spec.paths)) {
    for (const op of Object.values(methods)) {
      const ref = (content) => content?.['application/x-amz-json-1.1']?.schema?.$ref;
      const schema =
        side === 'request' ? ref(op.requestBody?.content) : ref(op.responses?.['200']?.content);
      if (schema) names.add(schema.split('/').pop());
    }
  }
  if (side === 'response') names.add('ErrorBody');
  return [...names].sort();
}

/** ajv's standalone output made a module of plain functions: no ajv import, no untyped exports. */
function standaloneModule(ajv, refs) {
  let code = standaloneCode(ajv, refs);
  const exported = Object.fromEntries(
    [...code.matchAll(/export const (\w+) = (validate\d+);/g)].map((m) => [m[1], m[2]]),
  );
  const runtime = /const (\w+) = require\("ajv\/dist\/runtime\/ucs2length"\)\.default;/g;
  code = code.replace(runtime, (_m, name) => `const ${name} = ucs2length;`);
  code = code.replace(/^"use strict";/, '');
  // Kept module-local: the exports are typed names the caller writes.
  code = code.replace(/export const (\w+) = (validate\d+);/g, '');
  if (/require\(|import |export /.test(code))
    throw new Error('standalone validators still import ajv or export untyped names');
  return { code, exported, usesLength: /= ucs2length;/.test(code) };
}

const VALIDATOR_TYPES = `/** One failure of a value against a schema (ajv's error object, with \`verbose\` fields). */
export interface ValidationError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
  schema?: unknown;
  parentSchema?: Record<string, unknown>;
  data?: unknown;
}

/** A compiled validator: true when the value conforms, else the failures are on \`errors\`. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ValidationError[] | null;
}
`;

/** Where the request validator modules are, relative to generated/. */
export const REQUEST_VALIDATOR_DIR = 'request-validators';

/**
 * The input schemas whose validators a page that sets up the mock loads at start: those of the
 * operations that answer its first requests (a key, its description, data keys, encryption), the
 * ones the mock's operation table imports statically too (src/mock/operations/index.ts).
 */
export const REQUESTS_AT_START = [
  'CreateKeyRequest',
  'DescribeKeyRequest',
  'GenerateDataKeyRequest',
  'GenerateDataKeyWithoutPlaintextRequest',
  'EncryptRequest',
  'DecryptRequest',
  'ReEncryptRequest',
];

/**
 * The request side in two modules: every request is checked before it runs, but a page that sets
 * up the mock need not download the validators of operations its first requests do not call. The
 * inputs of REQUESTS_AT_START are one module, every other input the other (loaded on first use:
 * src/contract/request-gate.ts); each has its own copy of the definitions both use.
 * (A module per input was measured too: every one with its own copy of the shared definitions,
 * which cost an unsplit bundle a tenth more and the chunks loaded on demand a third more.)
 * `request-validators.ts` gathers both, for code that checks any request synchronously
 * (`checkRequest`). Request errors become KMS's own messages (src/contract/aws-messages.ts), which
 * never read ajv's `message`: the request side leaves it out. Returns file name → text, names
 * relative to generated/.
 */
export function emitRequestValidators(spec, schemaDocument) {
  const names = validatedSchemas(spec, 'request');
  for (const name of REQUESTS_AT_START)
    if (!names.includes(name))
      throw new Error(`REQUESTS_AT_START: ${name} is no operation's input`);
  const module = (file, type, map, what, schemas) => {
    // A fresh ajv for each module, so that it holds exactly what its schemas reach.
    const { code, exported, usesLength } = standaloneModule(
      createAjv(schemaDocument, { standalone: true, messages: false }),
      Object.fromEntries(schemas.map((n) => [n, `${SCHEMA_ID}#/$defs/${n}`])),
    );
    return [
      `${REQUEST_VALIDATOR_DIR}/${file}`,
      `${TS_HEADER}// @ts-nocheck: the body is ajv's standalone output (plain JavaScript); the exports are typed.
import type { CompiledValidator } from '../request-validators.js';
${usesLength ? `${UCS2LENGTH}\n` : ''}${code}

/** The inputs whose validators ${what}. */
export type ${type} =
${schemas.map((n) => `  | '${n}'`).join('\n')};

/** The validator of each of those inputs, compiled from spec/ ahead of time. */
export const ${map}: Readonly<Record<${type}, CompiledValidator>> = {
${schemas.map((n) => `  ${n}: ${exported[n]},`).join('\n')}
};
`,
    ];
  };
  return Object.fromEntries([
    module(
      'at-start.ts',
      'AtStartSchema',
      'atStartValidators',
      "a page that sets up the mock loads at start: its first requests'",
      REQUESTS_AT_START,
    ),
    module(
      'on-demand.ts',
      'OnDemandSchema',
      'onDemandValidators',
      'the mock loads when the first request that needs one arrives',
      names.filter((name) => !REQUESTS_AT_START.includes(name)),
    ),
    [
      'request-validators.ts',
      `${TS_HEADER}${VALIDATOR_TYPES}
import { atStartValidators } from './${REQUEST_VALIDATOR_DIR}/at-start.js';
import { onDemandValidators } from './${REQUEST_VALIDATOR_DIR}/on-demand.js';

/** The schema names that have a validator here: every operation's input. */
export type RequestSchema =
${names.map((n) => `  | '${n}'`).join('\n')};

/** The validator of each of those schemas, compiled from spec/ ahead of time. */
export const requestValidators: Readonly<Record<RequestSchema, CompiledValidator>> = {
  ...atStartValidators,
  ...onDemandValidators,
};
`,
    ],
  ]);
}

/**
 * The response side is one module: a mock page checks responses only when a test answers an
 * operation itself, so it loads this module on first use. It has its own copy of the definitions
 * the request side uses too.
 */
export function emitResponseValidators(spec, schemaDocument) {
  const names = validatedSchemas(spec, 'response');
  const ajv = createAjv(schemaDocument, { standalone: true });
  const refs = Object.fromEntries(names.map((n) => [n, `${SCHEMA_ID}#/$defs/${n}`]));
  const { code, exported } = standaloneModule(ajv, refs);
  const entries = names.map((n) => `  ${n}: ${exported[n]},`).join('\n');
  return `${TS_HEADER}// @ts-nocheck: the body is ajv's standalone output (plain JavaScript); the exports are typed.
import type { CompiledValidator } from './request-validators.js';
${UCS2LENGTH}
${code}

/** The schema names that have a validator here: every operation's output, and ErrorBody. */
export type ResponseSchema =
${names.map((n) => `  | '${n}'`).join('\n')};

/** The validator of each of those schemas, compiled from spec/ ahead of time. */
export const responseValidators: Readonly<Record<ResponseSchema, CompiledValidator>> = {
${entries}
};
`;
}
