// The same protocol-level cases against all three front doors (serve, MSW, Prism): each stands on
// the one wire, so each gives the same reply. Only the request id differs.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKmsMock } from '../../src/msw/index.js';
import { startPrismFront, type PrismFront } from '../../src/prism/index.js';
import { DEFAULT_MAX_BODY_BYTES, MAX_JSON_DEPTH } from '../../src/protocol/index.js';
import { startMockServer, type MockServer } from '../../src/server/start-mock-server.js';

const GDK = 'TrentService.GenerateDataKey';
const JSON_TYPE = 'application/x-amz-json-1.1';
const MSW_URL = 'https://kms.us-east-1.amazonaws.com/';

interface Case {
  name: string;
  method?: string;
  headers: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer>;
  status: number;
  want: { __type: string; message: string };
}

const cases: Case[] = [
  {
    name: 'unknown target',
    headers: { 'content-type': JSON_TYPE, 'x-amz-target': 'TrentService.NoSuchOperation' },
    body: '{}',
    status: 400,
    want: {
      __type: 'UnknownOperationException',
      message: 'Unknown operation TrentService.NoSuchOperation',
    },
  },
  {
    name: 'target of another service',
    headers: { 'content-type': JSON_TYPE, 'x-amz-target': 'DynamoDB_20120810.GetItem' },
    body: '{}',
    status: 400,
    want: {
      __type: 'UnknownOperationException',
      message: 'Unknown operation DynamoDB_20120810.GetItem',
    },
  },
  {
    name: 'missing target',
    headers: { 'content-type': JSON_TYPE },
    body: '{}',
    status: 400,
    want: { __type: 'UnknownOperationException', message: 'Missing X-Amz-Target header' },
  },
  {
    name: 'malformed JSON',
    headers: { 'content-type': JSON_TYPE, 'x-amz-target': GDK },
    body: '{"KeyId":',
    status: 400,
    want: { __type: 'SerializationException', message: 'Request body is not valid JSON' },
  },
  {
    name: 'array body',
    headers: { 'content-type': JSON_TYPE, 'x-amz-target': GDK },
    body: '[{"KeyId":"alias/x"}]',
    status: 400,
    want: {
      __type: 'SerializationException',
      message: 'Request body must be a JSON object, not an array',
    },
  },
  {
    name: 'oversize body',
    headers: { 'content-type': JSON_TYPE, 'x-amz-target': GDK },
    body: `{"KeyId":"${'k'.repeat(DEFAULT_MAX_BODY_BYTES)}"}`,
    status: 413,
    want: {
      __type: 'RequestEntityTooLargeException',
      message: `Request body is larger than ${DEFAULT_MAX_BODY_BYTES} bytes`,
    },
  },
  {
    name: 'deep nesting',
    headers: { 'content-type': JSON_TYPE, 'x-amz-target': GDK },
    body: `${'{"a":'.repeat(MAX_JSON_DEPTH + 1)}1${'}'.repeat(MAX_JSON_DEPTH + 1)}`,
    status: 400,
    want: {
      __type: 'SerializationException',
      message: `Request body is nested more than ${MAX_JSON_DEPTH} levels deep`,
    },
  },
  {
    name: 'bad UTF-8',
    headers: { 'content-type': JSON_TYPE, 'x-amz-target': GDK },
    body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]),
    status: 400,
    want: { __type: 'SerializationException', message: 'Request body is not valid UTF-8' },
  },
  {
    name: 'wrong content type',
    headers: { 'content-type': 'text/plain', 'x-amz-target': GDK },
    body: '{}',
    status: 400,
    want: {
      __type: 'SerializationException',
      message: `Unsupported Content-Type 'text/plain': send ${JSON_TYPE}`,
    },
  },
  {
    name: 'non-POST',
    method: 'GET',
    headers: { 'x-amz-target': GDK },
    status: 400,
    want: {
      __type: 'UnknownOperationException',
      message: 'Method GET is not supported: every operation is POST /',
    },
  },
];

interface Reply {
  status: number;
  contentType: string | null;
  requestId: string | null;
  body: unknown;
}

let server: MockServer;
let prism: PrismFront;
const msw = setupServer(...createKmsMock().handlers);

beforeAll(async () => {
  [server, prism] = await Promise.all([startMockServer(), startPrismFront()]);
  // serve and Prism listen on 127.0.0.1 for real; anything else unhandled is an error.
  msw.listen({
    onUnhandledRequest: (request, print) => {
      if (new URL(request.url).hostname !== '127.0.0.1') print.error();
    },
  });
});

afterAll(async () => {
  msw.close();
  await Promise.all([server.close(), prism.close()]);
});

async function send(url: string, c: Case): Promise<Reply> {
  const response = await fetch(url, {
    method: c.method ?? 'POST',
    headers: c.headers,
    ...(c.body === undefined ? {} : { body: c.body }),
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    requestId: response.headers.get('x-amzn-requestid'),
    body: JSON.parse(await response.text()),
  };
}

const doors: [string, () => string][] = [
  ['serve', () => `${server.url}/`],
  ['MSW', () => MSW_URL],
  ['Prism', () => `${prism.url}/`],
];

describe('every front door gives the same protocol-level replies', () => {
  it.each(cases)('$name', async (c) => {
    const replies = await Promise.all(doors.map(async ([, url]) => send(url(), c)));
    for (const [i, reply] of replies.entries()) {
      const door = doors[i]?.[0];
      expect({ door, ...reply, requestId: undefined }).toEqual({
        door,
        status: c.status,
        contentType: JSON_TYPE,
        requestId: undefined,
        body: c.want,
      });
      expect(reply.requestId).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});
