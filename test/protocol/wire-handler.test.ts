import { describe, expect, it, vi } from 'vitest';
import { NotFoundException, kmsError } from '../../src/errors/index.js';
import {
  createWireHandler,
  type OperationTable,
  type WireLogger,
  type WireRequest,
  type WireResponse,
} from '../../src/protocol/index.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const SECRET_DETAIL = 'db password is hunter2 at /srv/internal/keystore.ts:42';

const operations: OperationTable = {
  Echo: async (input) => ({ Echoed: input }),
  Nothing: async () => undefined,
  Missing: async () => {
    throw new NotFoundException("Key 'arn:aws:kms:us-east-1:111122223333:key/x' does not exist");
  },
  Opaque: async () => {
    throw kmsError('InvalidCiphertextException');
  },
  Broken: async () => {
    throw new Error(SECRET_DETAIL);
  },
  Rejects: () => Promise.reject(new TypeError(SECRET_DETAIL)),
  Unserializable: async () => ({ Big: 1n }),
};

const encoder = new TextEncoder();

function request(
  overrides: Partial<WireRequest> & { target?: string; json?: string } = {},
): WireRequest {
  const { target = 'TrentService.Echo', json = '{"KeyId":"alias/x"}', ...rest } = overrides;
  return {
    method: 'POST',
    path: '/',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': target },
    body: encoder.encode(json),
    ...rest,
  };
}

function silentLogger() {
  return { error: vi.fn<WireLogger['error']>() };
}

function parsed(reply: WireResponse): unknown {
  return reply.body === '' ? undefined : JSON.parse(reply.body);
}

describe('createWireHandler', () => {
  const logger = silentLogger();
  const handle = createWireHandler({ operations, logger });

  it.each<[string, WireRequest, number, unknown]>([
    ['dispatches on X-Amz-Target', request(), 200, { Echoed: { KeyId: 'alias/x' } }],
    ['empty body is {}', request({ json: '' }), 200, { Echoed: {} }],
    [
      'application/json is accepted',
      request({
        headers: { 'content-type': 'application/json', 'x-amz-target': 'TrentService.Echo' },
      }),
      200,
      { Echoed: { KeyId: 'alias/x' } },
    ],
    [
      'content type parameters are ignored',
      request({
        headers: {
          'content-type': 'Application/X-Amz-Json-1.1; charset=utf-8',
          'x-amz-target': 'TrentService.Echo',
        },
      }),
      200,
      { Echoed: { KeyId: 'alias/x' } },
    ],
    [
      'no content type is accepted',
      request({ headers: { 'x-amz-target': 'TrentService.Echo' } }),
      200,
      { Echoed: { KeyId: 'alias/x' } },
    ],
    [
      'mixed-case header names are read',
      request({
        headers: {
          'Content-Type': 'application/x-amz-json-1.1',
          'X-Amz-Target': 'TrentService.Echo',
        },
      }),
      200,
      { Echoed: { KeyId: 'alias/x' } },
    ],
    [
      'no output → 200 with an empty body (evidence `wire.json-1-1`)',
      request({ target: 'TrentService.Nothing' }),
      200,
      undefined,
    ],
    [
      'missing target',
      request({ headers: { 'content-type': 'application/x-amz-json-1.1' } }),
      400,
      { __type: 'UnknownOperationException', message: 'Missing X-Amz-Target header' },
    ],
    [
      'unknown operation',
      request({ target: 'TrentService.Nope' }),
      400,
      { __type: 'UnknownOperationException', message: 'Unknown operation TrentService.Nope' },
    ],
    [
      'wrong prefix',
      request({ target: 'DynamoDB_20120810.Echo' }),
      400,
      { __type: 'UnknownOperationException', message: 'Unknown operation DynamoDB_20120810.Echo' },
    ],
    [
      'prototype keys are not operations',
      request({ target: 'TrentService.constructor' }),
      400,
      {
        __type: 'UnknownOperationException',
        message: 'Unknown operation TrentService.constructor',
      },
    ],
    [
      'GET is no operation',
      request({ method: 'GET' }),
      400,
      {
        __type: 'UnknownOperationException',
        message: 'Method GET is not supported: every operation is POST /',
      },
    ],
    [
      'malformed JSON',
      request({ json: '{"KeyId":' }),
      400,
      { __type: 'SerializationException', message: 'Request body is not valid JSON' },
    ],
    [
      'JSON array',
      request({ json: '[{"KeyId":"x"}]' }),
      400,
      {
        __type: 'SerializationException',
        message: 'Request body must be a JSON object, not an array',
      },
    ],
    [
      'JSON null',
      request({ json: 'null' }),
      400,
      { __type: 'SerializationException', message: 'Request body must be a JSON object, not null' },
    ],
    [
      'JSON string',
      request({ json: '"x"' }),
      400,
      {
        __type: 'SerializationException',
        message: 'Request body must be a JSON object, not a string',
      },
    ],
    [
      'invalid UTF-8',
      request({ body: Uint8Array.from([0x7b, 0xff, 0x7d]) }),
      400,
      { __type: 'SerializationException', message: 'Request body is not valid UTF-8' },
    ],
    [
      'other content type',
      request({ headers: { 'content-type': 'text/plain', 'x-amz-target': 'TrentService.Echo' } }),
      400,
      {
        __type: 'SerializationException',
        message: "Unsupported Content-Type 'text/plain': send application/x-amz-json-1.1",
      },
    ],
    [
      'KmsError keeps its status and message',
      request({ target: 'TrentService.Missing' }),
      400,
      {
        __type: 'NotFoundException',
        message: "Key 'arn:aws:kms:us-east-1:111122223333:key/x' does not exist",
      },
    ],
    [
      'empty message is omitted (evidence `wire.error-envelope`)',
      request({ target: 'TrentService.Opaque' }),
      400,
      { __type: 'InvalidCiphertextException' },
    ],
  ])('%s', async (_name, input, status, body) => {
    const reply = await handle(input);
    expect({ status: reply.status, body: parsed(reply) }).toEqual({ status, body });
  });

  it('sends exactly `{"__type":…}` for an error without message', async () => {
    const reply = await handle(request({ target: 'TrentService.Opaque' }));
    expect(reply.body).toBe('{"__type":"InvalidCiphertextException"}');
  });

  it.each(['Broken', 'Rejects', 'Unserializable'])(
    '%s: anything not a KmsError → 500 KMSInternalException with no internal text',
    async (operation) => {
      const log = silentLogger();
      const reply = await createWireHandler({ operations, logger: log })(
        request({ target: `TrentService.${operation}` }),
      );
      expect(reply.status).toBe(500);
      expect(parsed(reply)).toEqual({
        __type: 'KMSInternalException',
        message: 'We encountered an internal error. Please try again.',
      });
      expect(reply.body).not.toMatch(/hunter2|\/srv|at |BigInt/);
      expect(log.error).toHaveBeenCalledOnce();
    },
  );

  it('puts a UUID x-amzn-RequestId and the AWS JSON content type on every reply', async () => {
    const replies = await Promise.all([
      handle(request()),
      handle(request({ target: 'TrentService.Nothing' })),
      handle(request({ target: 'TrentService.Missing' })),
      handle(request({ target: 'TrentService.Broken' })),
      handle(request({ method: 'PUT' })),
      handle(request({ json: '[' })),
    ]);
    const ids = replies.map((reply) => reply.headers['x-amzn-RequestId']);
    for (const reply of replies) {
      expect(reply.headers['content-type']).toBe('application/x-amz-json-1.1');
      expect(reply.headers['x-amzn-RequestId']).toMatch(UUID);
    }
    expect(new Set(ids).size).toBe(replies.length);
  });

  it('passes the operation context', async () => {
    const seen = vi.fn();
    const local = createWireHandler({
      operations: {
        Look: async (_input, ctx) => {
          seen(ctx);
          return {};
        },
      },
      requestId: () => 'fixed-id',
    });
    const reply = await local(request({ target: 'TrentService.Look' }));
    expect(reply.headers['x-amzn-RequestId']).toBe('fixed-id');
    expect(seen).toHaveBeenCalledWith(
      expect.objectContaining({
        operation: 'Look',
        requestId: 'fixed-id',
        headers: expect.objectContaining({ 'x-amz-target': 'TrentService.Look' }),
      }),
    );
  });
});

describe('authenticate', () => {
  it('runs before routing and its refusal is the reply', async () => {
    const echo = vi.fn(async () => ({}));
    const handle = createWireHandler({
      operations: { Echo: echo },
      authenticate: async () =>
        kmsError('MissingAuthenticationTokenException', 'Missing Authentication Token'),
    });
    for (const input of [
      request(),
      request({ target: 'TrentService.Nope' }),
      request({ method: 'GET' }),
    ]) {
      const reply = await handle(input);
      expect(reply.status).toBe(400);
      expect(parsed(reply)).toEqual({
        __type: 'MissingAuthenticationTokenException',
        message: 'Missing Authentication Token',
      });
    }
    expect(echo).not.toHaveBeenCalled();
  });

  it('lets the request through when it resolves undefined, and sees lower-case headers', async () => {
    const authenticate = vi.fn(async (req: WireRequest) =>
      req.headers['x-amz-target'] ? undefined : kmsError('AccessDeniedException'),
    );
    const handle = createWireHandler({ operations, authenticate });
    const reply = await handle(request({ headers: { 'X-Amz-Target': 'TrentService.Nothing' } }));
    expect(reply.status).toBe(200);
    expect(authenticate).toHaveBeenCalledOnce();
  });

  it('a throwing authenticate is a 500 like any other failure', async () => {
    const logger = silentLogger();
    const handle = createWireHandler({
      operations,
      logger,
      authenticate: async () => {
        throw new Error(SECRET_DETAIL);
      },
    });
    const reply = await handle(request());
    expect(reply.status).toBe(500);
    expect(reply.body).not.toContain('hunter2');
  });
});
