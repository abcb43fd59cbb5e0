/**
 * Deliberately broken targets for the protocol, schema and validation checks. Each is a small
 * rewrite of requests or replies around the honest mock, imitating a mistake an emulator makes or
 * could make; the catalogue test names the checks each one must fail (and, where it shows a tier
 * or a tolerance, the ones it must still pass).
 */
import type { WireRequest, WireResponse } from '../../../src/protocol/index.js';
import { bodyOf, operationOf, withBody, withRequestBody, type Mutation } from '../harness.js';
import { failure } from './replies.js';

export interface BrokenTarget {
  name: string;
  mutation: Mutation;
  /** Checks that must end `fail` against this target. */
  fails: readonly string[];
  /** Checks that must still `pass`: tolerances and the required/recommended split. */
  passes?: readonly string[];
}

/** An error reply that carries a request id, as KMS's do. */
const errorReply = (type: string, message: string, status = 400): WireResponse =>
  failure(type, message, {
    status,
    headers: { 'x-amzn-RequestId': '0a1b2c3d-0000-4000-8000-000000000000' },
  });

/** The request body parsed, or undefined when it is not JSON (the malformed-body probes). */
function parsed(request: WireRequest): unknown {
  const text = new TextDecoder().decode(request.body);
  if (text === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function objectBody(request: WireRequest): Record<string, unknown> | undefined {
  const body = parsed(request);
  return typeof body === 'object' && body !== null && !Array.isArray(body)
    ? (body as Record<string, unknown>)
    : undefined;
}

/** Rewrites the JSON object body of requests for one operation; other requests pass untouched. */
function onRequest(
  operation: string,
  rewrite: (body: Record<string, unknown>) => Record<string, unknown>,
): Mutation {
  return (request, next) => {
    const body = operationOf(request) === operation ? objectBody(request) : undefined;
    return next(body === undefined ? request : withRequestBody(request, rewrite({ ...body })));
  };
}

/** Answers requests for one operation itself when `answer` gives a reply; the rest reach the mock. */
function answerRequest(
  operation: string,
  answer: (body: Record<string, unknown>) => WireResponse | undefined,
): Mutation {
  return (request, next) => {
    const body = operationOf(request) === operation ? objectBody(request) : undefined;
    const reply = body === undefined ? undefined : answer(body);
    return reply === undefined ? next(request) : Promise.resolve(reply);
  };
}

/** Applies several request rewrites in turn. */
function chain(...mutations: Mutation[]): Mutation {
  return mutations.reduceRight<Mutation>(
    (inner, outer) => (request, next, engine) =>
      outer(request, (r) => inner(r, next, engine), engine),
    (request, next) => next(request),
  );
}

/** Rewrites every reply (headers, status, body). */
function onReply(rewrite: (reply: WireResponse, request: WireRequest) => WireResponse): Mutation {
  return async (request, next) => rewrite(await next(request), request);
}

/** Rewrites the JSON body of successful replies to the given operations. */
function onSuccess(
  operations: readonly string[],
  rewrite: (body: Record<string, unknown>) => Record<string, unknown>,
): Mutation {
  return onReply((reply, request) =>
    reply.status === 200 && operations.includes(operationOf(request) ?? '')
      ? withBody(reply, rewrite(bodyOf(reply)))
      : reply,
  );
}

function withHeaders(
  reply: WireResponse,
  change: (headers: Record<string, string>) => void,
): WireResponse {
  const headers = { ...reply.headers };
  change(headers);
  return { ...reply, headers };
}

function dropHeader(headers: Record<string, string>, name: string): void {
  for (const key of Object.keys(headers)) if (key.toLowerCase() === name) delete headers[key];
}

function without(body: Record<string, unknown>, member: string): Record<string, unknown> {
  const copy = { ...body };
  delete copy[member];
  return copy;
}

/** MIME-style base64: wrapped at 76 characters and newline-terminated, as some encoders emit it. */
const mime = (text: unknown) => `${String(text).replace(/.{76}/g, '$&\n')}\n`;

const clamp = (n: unknown, min: number, max: number) =>
  typeof n === 'number' ? Math.min(max, Math.max(min, n)) : n;
const DATA_KEY_SPECS = ['AES_256', 'AES_128'];
/** What the runner's set-up sends (conformance/setup.ts); breaking these would skip checks instead of failing them. */
const SETUP_OPERATIONS = new Set([
  'CreateKey',
  'CreateAlias',
  'DisableKey',
  'EnableKey',
  'ScheduleKeyDeletion',
  'DeleteAlias',
]);

export const protocolTargets: BrokenTarget[] = [
  {
    // Only the data-key operations, so the set-up (which wants 200s) still makes its keys.
    name: 'answers 201 Created to the data-key operations',
    mutation: onReply((reply, request) =>
      reply.status === 200 && (operationOf(request) ?? '').startsWith('GenerateDataKey')
        ? { ...reply, status: 201 }
        : reply,
    ),
    fails: ['protocol.success-status'],
  },
  {
    name: 'labels replies application/json',
    mutation: onReply((reply) =>
      withHeaders(
        reply,
        (h) => (dropHeader(h, 'content-type'), (h['content-type'] = 'application/json')),
      ),
    ),
    fails: ['protocol.content-type'],
  },
  {
    name: 'sends no x-amzn-RequestId on errors',
    mutation: onReply((reply) =>
      reply.status >= 400 ? withHeaders(reply, (h) => dropHeader(h, 'x-amzn-requestid')) : reply,
    ),
    fails: ['protocol.request-id'],
  },
  {
    // The type still reaches clients through the header, so checks reading Reply.errorType pass.
    name: 'names the error only in x-amzn-ErrorType',
    mutation: onReply((reply) => {
      if (reply.status < 400) return reply;
      const { __type, ...rest } = bodyOf(reply);
      return withHeaders(withBody(reply, rest), (h) => (h['x-amzn-ErrorType'] = String(__type)));
    }),
    fails: ['protocol.error-type', 'schema.error-body'],
    passes: ['protocol.unknown-target'],
  },
  {
    name: 'sends fully qualified error types (tolerated)',
    mutation: onReply((reply) =>
      reply.status < 400
        ? reply
        : withBody(reply, {
            ...bodyOf(reply),
            __type: `com.amazon.coral.service#${String(bodyOf(reply)['__type'])}:http://internal.amazon.com/coral/com.amazon.coral.service/`,
          }),
    ),
    fails: [],
    passes: ['protocol.error-type', 'protocol.unknown-target', 'schema.error-body'],
  },
  {
    // What a path-routed OpenAPI mock answers (Prism's NO_PATH_MATCHED: it routes on the path only).
    name: 'answers unknown and missing operations with a 404 problem document',
    mutation: onReply((reply) =>
      reply.status >= 400 && bodyOf(reply)['__type'] === 'UnknownOperationException'
        ? {
            status: 404,
            headers: { 'content-type': 'application/problem+json' },
            body: JSON.stringify({
              type: 'https://stoplight.io/prism/errors#NO_PATH_MATCHED_ERROR',
              title: 'Route not resolved, no path matched',
              status: 404,
            }),
          }
        : reply,
    ),
    fails: ['protocol.unknown-target', 'protocol.missing-target', 'protocol.framework-error-names'],
  },
  {
    name: 'routes a request without X-Amz-Target to GenerateDataKey',
    mutation: (request, next) =>
      next(
        request.headers['x-amz-target'] === undefined
          ? {
              ...request,
              headers: { ...request.headers, 'x-amz-target': 'TrentService.GenerateDataKey' },
            }
          : request,
      ),
    // A refusal all the same (ValidationException for the missing KeyId): only the name is wrong.
    fails: ['protocol.framework-error-names'],
    passes: ['protocol.missing-target'],
  },
  {
    name: 'answers a request without X-Amz-Target as ListKeys',
    mutation: (request, next) =>
      next(
        request.headers['x-amz-target'] === undefined
          ? {
              ...request,
              headers: { ...request.headers, 'x-amz-target': 'TrentService.ListKeys' },
              body: new TextEncoder().encode('{}'),
            }
          : request,
      ),
    fails: ['protocol.missing-target', 'protocol.framework-error-names'],
  },
  {
    name: 'fails inside on bad JSON and reads an array as its first element',
    mutation: (request, next) => {
      const body = parsed(request);
      if (body === undefined)
        return Promise.resolve(
          errorReply(
            'KMSInternalException',
            'We encountered an internal error. Please try again.',
            500,
          ),
        );
      return next(Array.isArray(body) ? withRequestBody(request, body[0] ?? {}) : request);
    },
    fails: ['protocol.malformed-json', 'protocol.array-body', 'protocol.framework-error-names'],
  },
  {
    name: 'refuses an empty body',
    mutation: (request, next) =>
      request.body.length === 0
        ? Promise.resolve(errorReply('SerializationException', 'Request body is empty'))
        : next(request),
    fails: ['protocol.empty-body'],
  },
];

export const schemaTargets: BrokenTarget[] = [
  {
    name: 'drops one required member from each success reply',
    mutation: chain(
      onSuccess(['GenerateDataKey', 'GenerateDataKeyWithoutPlaintext', 'Encrypt'], (b) =>
        without(b, 'KeyId'),
      ),
      onSuccess(['Decrypt'], (b) => without(b, 'EncryptionAlgorithm')),
      onSuccess(['ReEncrypt'], (b) => without(b, 'SourceKeyId')),
      onSuccess(['GenerateRandom'], (b) => without(b, 'Plaintext')),
      onSuccess(['ListKeys', 'ListAliases'], (b) => without(b, 'Truncated')),
      // The set-up reads only KeyId and Arn from CreateKey, so it still makes its keys.
      onSuccess(['CreateKey'], (b) => ({
        KeyMetadata: without(b['KeyMetadata'] as Record<string, unknown>, 'KeyState'),
      })),
      onSuccess(['DescribeKey'], (b) => ({
        KeyMetadata: without(b['KeyMetadata'] as Record<string, unknown>, 'Arn'),
      })),
    ),
    fails: [
      'schema.generate-data-key-response',
      'schema.generate-data-key-without-plaintext-response',
      'schema.decrypt-response',
      'schema.encrypt-response',
      'schema.re-encrypt-response',
      'schema.generate-random-response',
      'schema.describe-key-response',
      'schema.list-keys-response',
      'schema.list-aliases-response',
      'schema.create-key-response',
    ],
  },
  {
    // The AWS SDK accepts an empty 200 and hands back undefined members (evidence `wire.sdk-accepts-empty-success`).
    name: 'answers an empty 200 to every operation the set-up does not need',
    mutation: onReply((reply, request) =>
      reply.status === 200 && !SETUP_OPERATIONS.has(operationOf(request) ?? '')
        ? { ...reply, body: '' }
        : reply,
    ),
    fails: [
      'schema.generate-data-key-response',
      'schema.generate-data-key-without-plaintext-response',
      'schema.decrypt-response',
      'schema.encrypt-response',
      'schema.re-encrypt-response',
      'schema.generate-random-response',
      'schema.describe-key-response',
      'schema.list-keys-response',
      'schema.list-aliases-response',
    ],
  },
  {
    name: 'sends MIME-wrapped base64 blobs',
    mutation: onSuccess(['GenerateDataKey', 'GenerateRandom', 'Encrypt'], (b) =>
      Object.fromEntries(
        Object.entries(b).map(([k, v]) => [
          k,
          k === 'CiphertextBlob' || k === 'Plaintext' ? mime(v) : v,
        ]),
      ),
    ),
    fails: [
      'schema.generate-data-key-response',
      'schema.generate-random-response',
      'schema.encrypt-response',
    ],
  },
  {
    name: 'CreateKey gives CreationDate as an ISO string',
    mutation: onSuccess(['CreateKey'], (b) => {
      const metadata = b['KeyMetadata'] as Record<string, unknown>;
      return {
        KeyMetadata: {
          ...metadata,
          CreationDate: new Date(Number(metadata['CreationDate']) * 1000).toISOString(),
        },
      };
    }),
    fails: ['schema.create-key-response'],
  },
  {
    name: 'leaks Plaintext from GenerateDataKeyWithoutPlaintext',
    mutation: onSuccess(['GenerateDataKeyWithoutPlaintext'], (b) => ({
      ...b,
      Plaintext: Buffer.alloc(32, 1).toString('base64'),
    })),
    fails: ['schema.generate-data-key-without-plaintext-response'],
  },
  {
    name: 'answers EnableKey and DisableKey with a body',
    mutation: onReply((reply, request) =>
      reply.status === 200 && ['EnableKey', 'DisableKey'].includes(operationOf(request) ?? '')
        ? withBody(reply, { Enabled: operationOf(request) === 'EnableKey' })
        : reply,
    ),
    fails: ['schema.no-output-replies'],
  },
  {
    name: 'sends error messages as numbers',
    mutation: onReply((reply) =>
      reply.status >= 400 ? withBody(reply, { ...bodyOf(reply), message: reply.status }) : reply,
    ),
    fails: ['schema.error-body'],
    passes: ['protocol.error-type'],
  },
];

export const validationTargets: BrokenTarget[] = [
  {
    // LocalStack ignores KeySpec/NumberOfBytes in GenerateDataKey (https://github.com/localstack/localstack/issues/10126).
    name: 'ignores the KeySpec / NumberOfBytes rules',
    mutation: onRequest('GenerateDataKey', (b) => {
      if (b['KeySpec'] !== undefined && !DATA_KEY_SPECS.includes(String(b['KeySpec'])))
        b['KeySpec'] = 'AES_256';
      if (b['KeySpec'] !== undefined) delete b['NumberOfBytes'];
      else if (b['NumberOfBytes'] === undefined) b['KeySpec'] = 'AES_256';
      return b;
    }),
    fails: [
      'validation.key-spec-xor-number-of-bytes',
      'validation.unknown-key-spec',
      'validation.invalid-requests-property',
    ],
  },
  {
    name: 'clamps numbers and lists into range instead of refusing them',
    mutation: chain(
      onRequest('GenerateDataKey', (b) => ({
        ...b,
        ...(typeof b['NumberOfBytes'] === 'number'
          ? { NumberOfBytes: clamp(b['NumberOfBytes'], 1, 1024) }
          : {}),
        ...(Array.isArray(b['GrantTokens']) ? { GrantTokens: b['GrantTokens'].slice(0, 10) } : {}),
      })),
      onRequest('GenerateRandom', (b) => ({
        ...b,
        NumberOfBytes: clamp(b['NumberOfBytes'] ?? 32, 1, 1024),
      })),
      onRequest('Encrypt', (b) => {
        const bytes = Buffer.from(String(b['Plaintext'] ?? ''), 'base64');
        return {
          ...b,
          Plaintext: (bytes.length === 0 ? Buffer.alloc(1) : bytes.subarray(0, 4096)).toString(
            'base64',
          ),
        };
      }),
    ),
    fails: [
      'validation.number-of-bytes-boundaries',
      'validation.grant-tokens-count',
      'validation.plaintext-length',
      'validation.generate-random-bounds',
      'validation.invalid-requests-property',
    ],
  },
  {
    name: 'looks up any KeyId without checking its length',
    mutation: answerRequest('GenerateDataKey', (b) => {
      const id = b['KeyId'];
      const unchecked =
        id === undefined || (typeof id === 'string' && (id.length === 0 || id.length > 2048));
      return unchecked
        ? errorReply('NotFoundException', `Invalid keyId '${String(id ?? '')}'`)
        : undefined;
    }),
    fails: ['validation.key-id-length'],
  },
  {
    name: 'coerces members of the wrong JSON type',
    mutation: onRequest('GenerateDataKey', (b) => {
      if (typeof b['NumberOfBytes'] === 'string') b['NumberOfBytes'] = Number(b['NumberOfBytes']);
      if (typeof b['KeyId'] === 'object' && b['KeyId'] !== null)
        b['KeyId'] = Object.values(b['KeyId'])[0];
      const context = b['EncryptionContext'];
      if (typeof context === 'object' && context !== null)
        b['EncryptionContext'] = Object.fromEntries(
          Object.entries(context).map(([k, v]) => [k, String(v)]),
        );
      return b;
    }),
    fails: ['validation.wrong-json-types', 'validation.wrong-json-types-serialization'],
  },
  {
    // The required tier accepts either type; only the recommended one names SerializationException.
    name: 'answers wrong JSON types with ValidationException',
    mutation: onReply((reply, request) => {
      if (
        reply.status < 400 ||
        bodyOf(reply)['__type'] !== 'SerializationException' ||
        objectBody(request) === undefined
      )
        return reply;
      return withBody(reply, { __type: 'ValidationException', message: 'Invalid type' });
    }),
    fails: ['validation.wrong-json-types-serialization'],
    passes: ['validation.wrong-json-types', 'protocol.malformed-json', 'protocol.array-body'],
  },
  {
    name: 'refuses data keys other than 16 or 32 bytes',
    mutation: answerRequest('GenerateDataKey', (b) =>
      b['NumberOfBytes'] !== undefined && b['NumberOfBytes'] !== 16 && b['NumberOfBytes'] !== 32
        ? errorReply('ValidationException', 'NumberOfBytes must be 16 or 32')
        : undefined,
    ),
    fails: ['validation.number-of-bytes-boundaries', 'validation.valid-requests-property'],
  },
];

export const protocolSchemaValidationTargets: readonly BrokenTarget[] = [
  ...protocolTargets,
  ...schemaTargets,
  ...validationTargets,
];
