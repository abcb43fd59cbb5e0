/**
 * fast-check arbitraries for the server fuzz: request descriptors (small values), turned into
 * bytes only when sent, so 10,000 of them, some of a megabyte, cost little memory until then.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { operations, type OperationName } from '../../../src/contract/index.js';
import type { Delivery } from './raw-http.js';

/** What the body is; `repeat` builds `head + unit×count + tail` (`#` in the unit is the index). */
export type BodySpec =
  | { readonly kind: 'json'; readonly value: unknown }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'bytes'; readonly bytes: Uint8Array }
  | {
      readonly kind: 'repeat';
      readonly head: string;
      readonly unit: string;
      readonly count: number;
      readonly tail: string;
    };

/** As {@link Delivery}, but an abort point as a fraction of the body, which is built only when sent. */
export type FuzzDelivery =
  Exclude<Delivery, { kind: 'abort' }> | { readonly kind: 'abort'; readonly fraction: number };

export interface FuzzRequest {
  readonly category: Category;
  readonly method: string;
  readonly path: string;
  readonly headers: readonly (readonly [string, string])[];
  readonly body: BodySpec;
  readonly delivery: FuzzDelivery;
}

export function deliveryFor(request: FuzzRequest, body: Buffer): Delivery {
  const { delivery } = request;
  return delivery.kind === 'abort'
    ? { kind: 'abort', sentBytes: Math.floor(body.length * delivery.fraction) }
    : delivery;
}

export type Category =
  | 'shaped'
  | 'headers'
  | 'random-json'
  | 'truncated'
  | 'bytes'
  | 'base64'
  | 'numbers'
  | 'huge'
  | 'deep'
  | 'oversize'
  | 'slow'
  | 'aborted';

/** The server's body limit (src/server/http-server.ts DEFAULT_MAX_BODY_BYTES). */
export const BODY_LIMIT = 1024 * 1024;

export function renderBody(body: BodySpec): Buffer {
  switch (body.kind) {
    case 'json':
      return Buffer.from(JSON.stringify(body.value) ?? '');
    case 'text':
      return Buffer.from(body.text);
    case 'bytes':
      return Buffer.from(body.bytes);
    case 'repeat': {
      if (!body.unit.includes('#')) {
        return Buffer.from(body.head + body.unit.repeat(body.count) + body.tail);
      }
      const parts: string[] = [body.head];
      for (let i = 0; i < body.count; i++) parts.push(body.unit.replace('#', String(i)));
      parts.push(body.tail);
      return Buffer.from(parts.join(''));
    }
  }
}

/** Values the set-up made real, so shaped requests reach the operations and not only validation. */
export interface Pools {
  /** Key ids, key ARNs, alias names and alias ARNs that exist (some disabled or pending deletion). */
  readonly keyRefs: readonly string[];
  /**
   * References to keys kept for operations that change state (DisableKey, ScheduleKeyDeletion,
   * CreateAlias targets...), so the keys the crypto operations use keep working all run long.
   */
  readonly mutableRefs: readonly string[];
  /** Ciphertexts the server handed out (base64). */
  readonly ciphertexts: readonly string[];
  readonly aliases: readonly string[];
  /** Valid requests per operation, which the fuzz sends as they are or with a few mutations. */
  readonly templates: Partial<Record<OperationName, readonly Record<string, unknown>[]>>;
}

/** Operations that change a key or alias; they only ever get {@link Pools.mutableRefs}. */
const CHANGES_STATE: ReadonlySet<string> = new Set([
  'DisableKey',
  'EnableKey',
  'ScheduleKeyDeletion',
  'CancelKeyDeletion',
  'CreateAlias',
  'DeleteAlias',
]);

function poolsFor(op: OperationName, pools: Pools): Pools {
  return CHANGES_STATE.has(op) ? { ...pools, keyRefs: pools.mutableRefs, aliases: [] } : pools;
}

// ---- the spec's input schemas -------------------------------------------------------------

interface SchemaNode {
  readonly $ref?: string;
  readonly type?: string;
  readonly enum?: readonly unknown[];
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: SchemaNode | boolean;
  readonly items?: SchemaNode;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly maxItems?: number;
  readonly contentEncoding?: string;
  readonly 'x-minBytes'?: number;
  readonly 'x-maxBytes'?: number;
}

const spec = JSON.parse(
  readFileSync(new URL('../../../generated/kms.openapi.json', import.meta.url), 'utf8'),
) as { components: { schemas: Record<string, SchemaNode> } };

function resolve(node: SchemaNode): SchemaNode {
  if (node.$ref === undefined) return node;
  const name = node.$ref.replace('#/components/schemas/', '');
  const target = spec.components.schemas[name];
  if (target === undefined) throw new Error(`unresolved ${node.$ref}`);
  return resolve(target);
}

export const OPERATION_NAMES = Object.keys(operations) as OperationName[];

function inputSchema(op: OperationName): SchemaNode {
  return resolve({ $ref: `#/components/schemas/${operations[op].input}` });
}

/** Members holding a key reference (KeyId, DestinationKeyId, TargetKeyId, ...). */
const KEY_MEMBER = /KeyId$/;
const BLOB_MEMBERS: Partial<Record<OperationName, readonly string[]>> = {};
for (const op of OPERATION_NAMES) {
  const members = Object.entries(inputSchema(op).properties ?? {});
  BLOB_MEMBERS[op] = members
    .filter(([, node]) => resolve(node).contentEncoding === 'base64')
    .map(([name]) => name);
}

// ---- values -------------------------------------------------------------------------------

const base64Of = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

const anyScalar = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
/** A JSON value of some type other than `type` (or anything when `type` is unknown). */
function wrongType(type: string | undefined): fc.Arbitrary<unknown> {
  const byType: Record<string, fc.Arbitrary<unknown>> = {
    string: fc.string({ maxLength: 20 }),
    integer: fc.integer(),
    number: fc.double({ noNaN: true, noDefaultInfinity: true }),
    boolean: fc.boolean(),
    array: fc.array(anyScalar, { maxLength: 4 }),
    object: fc.dictionary(fc.string({ maxLength: 8 }), anyScalar, { maxKeys: 3 }),
  };
  const others = Object.entries(byType)
    .filter(([name]) => name !== type && !(type === 'number' && name === 'integer'))
    .map(([, arb]) => arb);
  return fc.oneof(...others);
}

function stringValue(name: string, node: SchemaNode, pools: Pools): fc.Arbitrary<string> {
  if (node.contentEncoding === 'base64') {
    const max = Math.min(node['x-maxBytes'] ?? 64, 64);
    const choices: fc.Arbitrary<string>[] = [
      fc.uint8Array({ minLength: 1, maxLength: max }).map(base64Of),
      fc.constantFrom(
        ...[node['x-maxBytes'], (node['x-maxBytes'] ?? 0) + 1]
          .filter((n): n is number => n !== undefined && n <= 8192)
          .map((n) => base64Of(new Uint8Array(n))),
        '',
      ),
    ];
    if (/Ciphertext/.test(name) && pools.ciphertexts.length > 0) {
      choices.push(fc.constantFrom(...pools.ciphertexts));
    }
    return fc.oneof(...choices);
  }
  if (KEY_MEMBER.test(name) && pools.keyRefs.length > 0) {
    return fc.oneof(
      { arbitrary: fc.constantFrom(...pools.keyRefs), weight: 6 },
      {
        arbitrary: fc.constantFrom(
          '1234abcd-12ab-34cd-56ef-1234567890ab',
          'alias/does-not-exist',
          'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
          'arn:aws:kms:us-east-1:999999999999:alias/x',
          'mrk-1234abcd12ab34cd56ef1234567890ab',
          'alias/aws/s3',
          'arn:aws:kms:us-east-1:111122223333:key/',
          'key/',
          'alias/',
        ),
        weight: 2,
      },
      { arbitrary: fc.string({ minLength: 0, maxLength: 60 }), weight: 1 },
    );
  }
  if (name === 'AliasName') {
    return fc.oneof(
      fc.stringMatching(/^alias\/fz-[a-z0-9/_-]{1,12}$/),
      fc.constantFrom(
        ...(pools.aliases.length > 0 ? pools.aliases : ['alias/x']),
        'alias/aws/x',
        'alias/',
        'ALIAS/x',
        'alias/a b',
      ),
    );
  }
  if (node.enum !== undefined && node.enum.length > 0) {
    return fc.oneof(
      { arbitrary: fc.constantFrom(...node.enum.map(String)), weight: 8 },
      {
        arbitrary: fc
          .constantFrom(...node.enum.map(String))
          .chain((v) => fc.mixedCase(fc.constant(v))),
        weight: 1,
      },
      { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
    );
  }
  const min = node.minLength ?? 0;
  const max = node.maxLength ?? 64;
  return fc.oneof(
    {
      arbitrary: fc.string({
        minLength: min,
        // Short strings keep requests small, but never shorter than the schema allows.
        maxLength: Math.max(min, Math.min(max, 40)),
        unit: 'grapheme',
      }),
      weight: 4,
    },
    {
      arbitrary: fc.constantFrom(
        '',
        'x'.repeat(Math.min(max, 4096)),
        'x'.repeat(Math.min(max + 1, 4097)),
      ),
      weight: 1,
    },
    { arbitrary: fc.string({ maxLength: 20, unit: 'binary' }), weight: 1 },
  );
}

function validish(
  name: string,
  raw: SchemaNode,
  pools: Pools,
  depth: number,
): fc.Arbitrary<unknown> {
  const node = resolve(raw);
  switch (node.type) {
    case 'string':
      return stringValue(name, node, pools);
    case 'integer': {
      const min = node.minimum ?? -10;
      const max = node.maximum ?? 1000;
      return fc.oneof(fc.integer({ min, max }), fc.constantFrom(min - 1, min, max, max + 1, 0, -1));
    }
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const items = node.items ?? {};
      return fc.array(validish(`${name}[]`, items, pools, depth + 1), {
        maxLength: Math.min((node.maxItems ?? 8) + 1, 12),
      });
    }
    case 'object': {
      if (depth > 2) return fc.constant({});
      if (node.properties) return structure(node, pools, depth + 1, 0.2);
      const values = typeof node.additionalProperties === 'object' ? node.additionalProperties : {};
      return fc.dictionary(
        fc.string({ maxLength: 16 }),
        validish(`${name}{}`, values, pools, depth + 1),
        { maxKeys: 6 },
      );
    }
    default:
      return anyScalar;
  }
}

/** A member value: mostly of the right shape, sometimes of the wrong type, null or absent. */
function memberValue(
  name: string,
  raw: SchemaNode,
  pools: Pools,
  depth: number,
): fc.Arbitrary<unknown> {
  const node = resolve(raw);
  return fc.oneof(
    { arbitrary: validish(name, node, pools, depth), weight: 12 },
    { arbitrary: wrongType(node.type), weight: 2 },
    { arbitrary: fc.constant(null), weight: 1 },
  );
}

/** An object of a schema's members, each present or not, plus sometimes unknown members. */
function structure(
  node: SchemaNode,
  pools: Pools,
  depth: number,
  unknownRate: number,
): fc.Arbitrary<Record<string, unknown>> {
  const members: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, member] of Object.entries(node.properties ?? {})) {
    members[name] = memberValue(name, member, pools, depth);
  }
  // Required members are there nine times in ten, so most requests get past validation.
  const required = (node.required ?? []).filter((name) => name in members);
  const known = fc
    .tuple(
      fc.record(members, { requiredKeys: required }),
      fc.array(fc.integer({ min: 0, max: 9 }), {
        minLength: required.length,
        maxLength: required.length,
      }),
    )
    .map(([picked, rolls]) => {
      const out: Record<string, unknown> = { ...picked };
      required.forEach((name, i) => {
        if (rolls[i] === 0) delete out[name];
      });
      return out;
    });
  const unknown = fc.dictionary(
    fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('__proto__', 'constructor', 'keyId', 'KEYID', 'toString'),
    ),
    fc.jsonValue({ maxDepth: 3 }),
    { maxKeys: 3 },
  );
  return fc
    .tuple(known, fc.double({ min: 0, max: 1, noNaN: true }), unknown)
    .map(([body, roll, extra]) => (roll < unknownRate ? { ...extra, ...body } : body));
}

/** A valid request of the set-up's with up to two changes: a member dropped, replaced or added. */
function fromTemplate(
  op: OperationName,
  pools: Pools,
): fc.Arbitrary<Record<string, unknown>> | undefined {
  const templates = pools.templates[op];
  if (templates === undefined || templates.length === 0) return undefined;
  const members = Object.entries(inputSchema(op).properties ?? {});
  type Change = { drop: string } | { set: string; value: unknown };
  const change: fc.Arbitrary<Change> = fc.oneof(
    fc.constantFrom(...members.map(([name]) => name)).map((name) => ({ drop: name })),
    fc
      .constantFrom(...members)
      .chain(([name, node]) =>
        memberValue(name, node, pools, 1).map((value) => ({ set: name, value })),
      ),
    fc
      .tuple(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 2 }))
      .map(([name, value]) => ({ set: name, value })),
  );
  return fc
    .tuple(fc.constantFrom(...templates), fc.array(change, { maxLength: 2 }))
    .map(([template, changes]) => {
      const body: Record<string, unknown> = { ...template };
      for (const c of changes) {
        if ('drop' in c) delete body[c.drop];
        else
          Object.defineProperty(body, c.set, {
            value: c.value,
            enumerable: true,
            writable: true,
            configurable: true,
          });
      }
      return body;
    });
}

/** Built once per operation and pools: building arbitraries costs far more than drawing from them. */
const shapedCache = new WeakMap<Pools, Map<OperationName, fc.Arbitrary<Record<string, unknown>>>>();

function shapedBody(op: OperationName, all: Pools): fc.Arbitrary<Record<string, unknown>> {
  let byOp = shapedCache.get(all);
  if (!byOp) shapedCache.set(all, (byOp = new Map()));
  const cached = byOp.get(op);
  if (cached) return cached;
  const pools = poolsFor(op, all);
  const generated = structure(inputSchema(op), pools, 0, 0.15);
  const templated = fromTemplate(op, pools);
  const arbitrary = templated ? fc.oneof(generated, templated) : generated;
  byOp.set(op, arbitrary);
  return arbitrary;
}

// ---- headers ------------------------------------------------------------------------------

const CONTENT_TYPE = 'application/x-amz-json-1.1';
const standardHeaders = (op: string): [string, string][] => [
  ['x-amz-target', `TrentService.${op}`],
  ['content-type', CONTENT_TYPE],
];

const opArb = fc.constantFrom(...OPERATION_NAMES);

const oddTarget = fc.oneof(
  fc.constantFrom(
    '',
    'TrentService.',
    'TrentService',
    'trentservice.GenerateDataKey',
    'TrentService.generateDataKey',
    'TrentService.GenerateDataKey ',
    'TrentService.GenerateDataKey.',
    'TrentService.GenerateDataKey!',
    'TrentService.constructor',
    'TrentService.__proto__',
    'TrentService.hasOwnProperty',
    'TrentService.toString',
    'TrentService.TagResource',
    'TrentService.UpdateAlias',
    'DynamoDB_20120810.GetItem',
    'TrentService.Génerate',
    `TrentService.${'A'.repeat(4000)}`,
  ),
  fc.string({ maxLength: 40 }).map((s) => `TrentService.${s.replace(/[^\x20-\x7e]/g, '')}`),
);

const oddContentType = fc.constantFrom(
  'application/json',
  'application/x-amz-json-1.0',
  'application/x-amz-json-1.1; charset=utf-8',
  'APPLICATION/X-AMZ-JSON-1.1',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  '',
  ';',
  'application/x-amz-json-1.1;;;',
);

const extraHeader = fc.oneof(
  fc.tuple(
    fc.constantFrom(
      'x-amz-date',
      'authorization',
      'x-amz-security-token',
      'x-amz-content-sha256',
      'x-amz-user-agent',
      '__proto__',
      'constructor',
      'content-encoding',
      'expect',
      'x-amzn-requestid',
      'accept',
    ),
    fc.oneof(
      fc.string({ maxLength: 30 }).map((s) => s.replace(/[^\x20-\x7e]/g, '')),
      fc.constantFrom('gzip', '100-continue', 'AWS4-HMAC-SHA256 Credential=x', '20150830T123600Z'),
    ),
  ),
  fc.tuple(
    fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/),
    fc.string({ maxLength: 30 }).map((s) => s.replace(/[^\x20-\x7e]/g, '')),
  ),
);

/** Requests whose headers, method or path are missing, odd or duplicated. */
function headerRequest(pools: Pools): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({
      op: opArb,
      other: opArb,
      target: fc.oneof(
        { arbitrary: fc.constant('standard'), weight: 3 },
        { arbitrary: fc.constantFrom('missing', 'duplicated', 'two-ops'), weight: 3 },
        { arbitrary: oddTarget, weight: 4 },
      ),
      contentType: fc.oneof(
        { arbitrary: fc.constantFrom('standard', 'missing', 'duplicated'), weight: 3 },
        { arbitrary: oddContentType, weight: 3 },
      ),
      extra: fc.array(extraHeader, { maxLength: 4 }),
      method: fc.oneof(
        { arbitrary: fc.constant('POST'), weight: 8 },
        {
          arbitrary: fc.constantFrom('GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'post'),
          weight: 2,
        },
      ),
      path: fc.oneof(
        { arbitrary: fc.constant('/'), weight: 8 },
        {
          arbitrary: fc.constantFrom('/?Action=GenerateDataKey', '/kms', '//', '/%ZZ', '/./../'),
          weight: 2,
        },
      ),
    })
    .chain((r) =>
      shapedBody(r.op, pools).map((body): FuzzRequest => {
        const headers: [string, string][] = [];
        const target = `TrentService.${r.op}`;
        if (r.target === 'standard') headers.push(['x-amz-target', target]);
        else if (r.target === 'duplicated')
          headers.push(['x-amz-target', target], ['x-amz-target', target]);
        else if (r.target === 'two-ops')
          headers.push(['x-amz-target', target], ['x-amz-target', `TrentService.${r.other}`]);
        else if (r.target !== 'missing') headers.push(['x-amz-target', r.target]);
        if (r.contentType === 'standard') headers.push(['content-type', CONTENT_TYPE]);
        else if (r.contentType === 'duplicated')
          headers.push(['content-type', CONTENT_TYPE], ['content-type', 'application/json']);
        else if (r.contentType !== 'missing') headers.push(['content-type', r.contentType]);
        headers.push(...r.extra);
        return {
          category: 'headers',
          method: r.method,
          path: r.path,
          headers,
          body: { kind: 'json', value: body },
          delivery: { kind: 'whole' },
        };
      }),
    );
}

// ---- the categories -----------------------------------------------------------------------

const whole: FuzzDelivery = { kind: 'whole' };
const post = (
  category: Category,
  op: string,
  body: BodySpec,
  delivery: FuzzDelivery = whole,
): FuzzRequest => ({
  category,
  method: 'POST',
  path: '/',
  headers: standardHeaders(op),
  body,
  delivery,
});

function shaped(pools: Pools): fc.Arbitrary<FuzzRequest> {
  return opArb.chain((op) =>
    shapedBody(op, pools).map((value) => post('shaped', op, { kind: 'json', value })),
  );
}

const randomJson = fc
  .tuple(opArb, fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.json({ maxDepth: 4 })))
  .map(([op, value]) =>
    post(
      'random-json',
      op,
      typeof value === 'string' && value !== ''
        ? { kind: 'text', text: value }
        : { kind: 'json', value },
    ),
  );

function truncated(pools: Pools): fc.Arbitrary<FuzzRequest> {
  return opArb.chain((op) =>
    fc
      .tuple(shapedBody(op, pools), fc.double({ min: 0, max: 1, noNaN: true }))
      .map(([value, at]) => {
        const text = JSON.stringify(value);
        return post('truncated', op, {
          kind: 'text',
          text: text.slice(0, Math.floor(text.length * at)),
        });
      }),
  );
}

const bytes = fc
  .tuple(
    opArb,
    fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      // Invalid UTF-8 around otherwise fine JSON.
      fc
        .uint8Array({ minLength: 1, maxLength: 4 })
        .map((b) =>
          Buffer.concat([
            Buffer.from('{"KeyId":"'),
            Buffer.from(b.map((x) => x | 0x80)),
            Buffer.from('"}'),
          ]),
        ),
      fc.string({ maxLength: 100, unit: 'binary' }).map((s) => new Uint8Array(Buffer.from(s))),
    ),
  )
  .map(([op, b]) => post('bytes', op, { kind: 'bytes', bytes: b }));

const INVALID_BASE64 = [
  'AA*A',
  'AAA',
  'A',
  'AA===',
  'A=AA',
  '=AAA',
  'AB==',
  'AAB=',
  'QUJD\n',
  ' QUJD',
  'QU JD',
  '-_-_',
  'QUJD====',
  'QUJ=D',
  '////////',
  'AAAA'.repeat(3) + '=',
  '\u00e9\u00e9\u00e9\u00e9',
  'QUJDRA',
  'QUJDRA=',
];

function base64Request(pools: Pools): fc.Arbitrary<FuzzRequest> {
  const withBlob = OPERATION_NAMES.filter(
    (op) => (BLOB_MEMBERS[op] ?? []).length > 0 || op === 'GenerateDataKey',
  );
  const mutatedCiphertext =
    pools.ciphertexts.length === 0
      ? fc.constant('AAAA')
      : fc
          .tuple(
            fc.constantFrom(...pools.ciphertexts),
            fc.nat(),
            fc.integer({ min: 1, max: 255 }),
            fc.constantFrom('flip', 'cut', 'grow', 'char'),
          )
          .map(([text, at, xor, how]) => {
            const raw = Buffer.from(text, 'base64');
            const i = at % raw.length;
            if (how === 'flip') raw[i] = (raw[i] ?? 0) ^ xor;
            if (how === 'cut') return raw.subarray(0, i).toString('base64');
            if (how === 'grow') return Buffer.concat([raw, Buffer.alloc(xor)]).toString('base64');
            if (how === 'char')
              return text.slice(0, i % text.length) + '*' + text.slice((i % text.length) + 1);
            return raw.toString('base64');
          });
  const blobValue = fc.oneof(
    fc.constantFrom(...INVALID_BASE64),
    mutatedCiphertext,
    fc.uint8Array({ minLength: 1, maxLength: 200 }).map(base64Of),
    // Canonical except for one character swapped for one outside the alphabet.
    fc
      .tuple(
        fc.uint8Array({ minLength: 3, maxLength: 60 }),
        fc.nat(),
        fc.constantFrom('*', '-', '_', '.', ' ', '=', '\u0000'),
      )
      .map(([b, at, c]) => {
        const text = base64Of(b);
        const i = at % text.length;
        return text.slice(0, i) + c + text.slice(i + 1);
      }),
  );
  return fc.constantFrom(...withBlob).chain((op) =>
    fc
      .tuple(
        shapedBody(op, pools),
        blobValue,
        fc.constantFrom(...(BLOB_MEMBERS[op] ?? []), 'Recipient'),
      )
      .map(([body, blob, member]) => {
        const value =
          member === 'Recipient'
            ? {
                ...body,
                Recipient: {
                  KeyEncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
                  AttestationDocument: blob,
                },
              }
            : { ...body, [member]: blob };
        return post('base64', op, { kind: 'json', value });
      }),
  );
}

const NUMBER_MEMBERS: readonly (readonly [OperationName, string])[] = [
  ['GenerateDataKey', 'NumberOfBytes'],
  ['GenerateDataKeyWithoutPlaintext', 'NumberOfBytes'],
  ['GenerateRandom', 'NumberOfBytes'],
  ['ListKeys', 'Limit'],
  ['ListAliases', 'Limit'],
  ['ScheduleKeyDeletion', 'PendingWindowInDays'],
];

/** Number literals written as text, so the exact spelling (1e400, -0, 1.0) reaches the server. */
function numbers(pools: Pools): fc.Arbitrary<FuzzRequest> {
  const literal = fc.oneof(
    fc.constantFrom(
      '0',
      '-0',
      '-1',
      '1.0',
      '1.5',
      '1e3',
      '1E2',
      '2e0',
      '1024',
      '1025',
      '1000',
      '1001',
      '365',
      '366',
      '7',
      '6',
      '9007199254740993',
      '123456789012345678901234567890',
      '1e400',
      '-1e400',
      '1e-400',
      '0.0000001',
      '01',
      '0x10',
      'NaN',
      'Infinity',
      '-',
      '+1',
      '.5',
      '5.',
      '1e',
      'true',
      '"32"',
      'null',
      '[32]',
    ),
    fc.integer().map(String),
    fc.double().map(String),
    fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }).map(String),
  );
  return fc
    .tuple(fc.constantFrom(...NUMBER_MEMBERS), literal, fc.constantFrom(...pools.mutableRefs, 'x'))
    .map(([[op, member], text, keyId]) => {
      const rest =
        op === 'GenerateDataKey' ||
        op === 'GenerateDataKeyWithoutPlaintext' ||
        op === 'ScheduleKeyDeletion'
          ? `,"KeyId":${JSON.stringify(keyId)}`
          : '';
      return post('numbers', op, { kind: 'text', text: `{"${member}":${text}${rest}}` });
    });
}

/** Bodies up to just under the 1 MiB limit: huge strings, arrays, maps and whitespace. */
function huge(pools: Pools): fc.Arbitrary<FuzzRequest> {
  const key = JSON.stringify(pools.keyRefs[0] ?? 'x');
  const shapes: readonly (readonly [OperationName, string, string, string])[] = [
    ['CreateKey', '{"Description":"', 'x', '"}'],
    ['GenerateDataKey', '{"KeyId":"', 'a', '"}'],
    ['GenerateDataKey', `{"KeyId":${key},"KeySpec":"AES_256","GrantTokens":[`, '"t",', '"t"]}'],
    [
      'Encrypt',
      `{"KeyId":${key},"Plaintext":"AAAA","EncryptionContext":{`,
      '"k#":"v",',
      '"k":"v"}}',
    ],
    [
      'CreateKey',
      '{"Tags":[',
      '{"TagKey":"k#","TagValue":"v"},',
      '{"TagKey":"k","TagValue":"v"}]}',
    ],
    ['CreateKey', '{"Policy":"', 'p', '"}'],
    ['Encrypt', `{"KeyId":${key},"Plaintext":"`, 'AAAA', '"}'],
    ['Decrypt', '{"CiphertextBlob":"', 'AAAA', '"}'],
    [
      'GenerateDataKey',
      `{"KeyId":${key},"KeySpec":"AES_256","Recipient":{"KeyEncryptionAlgorithm":"RSAES_OAEP_SHA_256","AttestationDocument":"`,
      'AAAA',
      '"}}',
    ],
    ['ListKeys', '{', '"u#":1,', '"Limit":5}'],
    ['DescribeKey', ' '.repeat(1), ' ', `{"KeyId":${key}}`],
    ['CreateKey', '{"Description":"', '\\u0000', '"}'],
    ['GenerateRandom', '{"NumberOfBytes":1', '0', '}'],
  ];
  return fc
    .tuple(
      fc.constantFrom(...shapes),
      // Mostly tens of kilobytes; one in five up to the limit.
      fc.oneof(
        { arbitrary: fc.integer({ min: 1_000, max: 100_000 }), weight: 4 },
        { arbitrary: fc.integer({ min: 100_000, max: 1_000_000 }), weight: 1 },
      ),
    )
    .map(([[op, head, unit, tail], size]) => {
      // `size` bytes of units at most, and the whole body under the limit.
      const room = BODY_LIMIT - head.length - tail.length - 64;
      // Indexed units grow by up to 6 digits.
      const unitBytes = unit.length + (unit.includes('#') ? 6 : 0);
      const count = Math.max(1, Math.floor(Math.min(size, room) / unitBytes));
      return post('huge', op, { kind: 'repeat', head, unit, count, tail });
    });
}

function deep(pools: Pools): fc.Arbitrary<FuzzRequest> {
  // Any operation may get it, DisableKey too: a key kept for changes.
  const key = JSON.stringify(pools.mutableRefs[0] ?? 'x');
  return fc
    .tuple(
      opArb,
      fc.oneof(
        fc.constantFrom(63, 64, 65, 100, 1_000, 10_000, 100_000, 500_000),
        fc.integer({ min: 1, max: 20_000 }),
      ),
      fc.constantFrom('[', '{"a":', '[{"a":'),
      fc.constantFrom('top', 'KeyId', 'Unknown', 'EncryptionContext', 'GrantTokens'),
      fc.boolean(),
    )
    .map(([op, levels, open, where, balanced]) => {
      const close = open === '[' ? ']' : open === '{"a":' ? '}' : '}]';
      const innermost = open === '[' ? '' : '1';
      const head = where === 'top' ? '' : `{"KeyId":${key},"${where}":`;
      const count = Math.min(levels, Math.floor((BODY_LIMIT - 200) / (open.length + close.length)));
      const tail = balanced
        ? `${innermost}${close.repeat(count)}${where === 'top' ? '' : '}'}`
        : innermost;
      return post('deep', op, { kind: 'repeat', head, unit: open, count, tail });
    });
}

const oversize = fc
  .tuple(
    opArb,
    fc.integer({ min: BODY_LIMIT + 1, max: BODY_LIMIT + 32_768 }),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([op, size, json, declared]) => {
    const head = json ? '{"Description":"' : '';
    const tail = json ? '"}' : '';
    const body: BodySpec = {
      kind: 'repeat',
      head,
      unit: 'z',
      count: size - head.length - tail.length,
      tail,
    };
    const delivery: FuzzDelivery = declared
      ? whole
      : { kind: 'slow', chunks: 8, pauseMs: 1, declareLength: false };
    return post('oversize', op, body, delivery);
  });

function slow(pools: Pools): fc.Arbitrary<FuzzRequest> {
  return fc
    .tuple(
      shaped(pools),
      fc.integer({ min: 2, max: 10 }),
      fc.integer({ min: 5, max: 40 }),
      fc.boolean(),
    )
    .map(([request, chunks, pauseMs, declareLength]) => ({
      ...request,
      category: 'slow' as const,
      delivery: { kind: 'slow' as const, chunks, pauseMs, declareLength },
    }));
}

function aborted(pools: Pools): fc.Arbitrary<FuzzRequest> {
  return fc
    .tuple(
      fc.oneof({ arbitrary: shaped(pools), weight: 3 }, { arbitrary: huge(pools), weight: 1 }),
      fc.double({ min: 0, max: 0.99, noNaN: true }),
    )
    .map(([request, fraction]) => ({
      ...request,
      category: 'aborted' as const,
      delivery: { kind: 'abort' as const, fraction },
    }));
}

/** How many requests of each category one run sends (10,000 in all). */
export const PLAN: Readonly<Record<Category, number>> = {
  shaped: 3_900,
  headers: 1_500,
  'random-json': 900,
  truncated: 800,
  bytes: 400,
  base64: 900,
  numbers: 600,
  huge: 220,
  deep: 300,
  oversize: 40,
  slow: 60,
  aborted: 380,
};

export function arbitraryFor(category: Category, pools: Pools): fc.Arbitrary<FuzzRequest> {
  switch (category) {
    case 'shaped':
      return shaped(pools);
    case 'headers':
      return headerRequest(pools);
    case 'random-json':
      return randomJson;
    case 'truncated':
      return truncated(pools);
    case 'bytes':
      return bytes;
    case 'base64':
      return base64Request(pools);
    case 'numbers':
      return numbers(pools);
    case 'huge':
      return huge(pools);
    case 'deep':
      return deep(pools);
    case 'oversize':
      return oversize;
    case 'slow':
      return slow(pools);
    case 'aborted':
      return aborted(pools);
  }
}

/**
 * The whole run: PLAN's counts, each category sampled with its own seed (so changing one count does
 * not reshuffle the others), then interleaved deterministically so aborts, slow uploads and huge
 * bodies run alongside ordinary requests.
 */
export function generatePlan(
  seed: number,
  pools: Pools,
  plan: Readonly<Record<Category, number>> = PLAN,
): FuzzRequest[] {
  const all: FuzzRequest[] = [];
  Object.entries(plan).forEach(([category, count], i) => {
    if (count > 0)
      all.push(
        ...fc.sample(arbitraryFor(category as Category, pools), { seed: seed + i, numRuns: count }),
      );
  });
  const order =
    fc.sample(fc.array(fc.nat(), { minLength: all.length, maxLength: all.length }), {
      seed,
      numRuns: 1,
    })[0] ?? [];
  for (let i = all.length - 1; i > 0; i--) {
    const j = (order[i] ?? 0) % (i + 1);
    [all[i], all[j]] = [all[j] as FuzzRequest, all[i] as FuzzRequest];
  }
  return all;
}
