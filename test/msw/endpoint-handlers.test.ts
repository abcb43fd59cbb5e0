// The generated handler layer on its own: one handler per endpoint host, every request handed on
// whole to one function (the wire handler routes it, once).
import { HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { operations, type OperationName } from '../../src/contract/index.js';
import { kmsEndpointHandlers, kmsEndpoints, operationsByTarget } from '../../src/msw/index.js';

const names = Object.keys(operations) as OperationName[];
const seen: { method: string; target: string | null; body: string }[] = [];
const handlers = kmsEndpointHandlers({
  handle: async (request) => {
    seen.push({
      method: request.method,
      target: request.headers.get('x-amz-target'),
      body: await request.text(),
    });
    return HttpResponse.json({ handled: seen.length });
  },
  baseUrls: ['http://127.0.0.1:4566/'],
});
const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  seen.length = 0;
});
afterAll(() => server.close());

const send = (url: string, target: string | undefined, body?: string, method = 'POST') =>
  fetch(url, {
    method,
    ...(body === undefined ? {} : { body }),
    headers: target === undefined ? {} : { 'x-amz-target': target },
  }).then((r) => r.json());

describe('kmsEndpointHandlers', () => {
  it('has one handler per endpoint host, none with a # path', () => {
    expect(handlers).toHaveLength(kmsEndpoints.length + 1);
    expect(handlers.map((h) => String(h.info.path))).toEqual([
      ...kmsEndpoints,
      'http://127.0.0.1:4566/',
    ]);
    expect(handlers.every((h) => !String(h.info.path).includes('#'))).toBe(true);
  });

  it('names every operation of the spec by its target', () => {
    expect(Object.values(operationsByTarget).sort()).toEqual([...names].sort());
    for (const [target, op] of Object.entries(operationsByTarget))
      expect(operations[op].target).toBe(target);
  });

  it('hands every operation, on every host, to the one function with its whole body', async () => {
    const hosts = [
      'https://kms.eu-west-1.amazonaws.com/',
      'https://kms.cn-north-1.amazonaws.com.cn/',
      'http://127.0.0.1:4566/',
    ];
    for (const op of names)
      for (const url of hosts) await send(url, `TrentService.${op}`, '{"NumberOfBytes":3}');
    expect(seen).toHaveLength(names.length * hosts.length);
    expect(seen.every((call) => call.body === '{"NumberOfBytes":3}')).toBe(true);
    expect(new Set(seen.map((call) => call.target))).toEqual(
      new Set(names.map((op) => `TrentService.${op}`)),
    );
  });

  it('hands on unknown and missing targets and other methods too: routing is not its job', async () => {
    const url = 'https://kms.us-east-1.amazonaws.com/';
    expect(await send(url, 'TrentService.Sign', '{}')).toEqual({ handled: 1 });
    expect(await send(url, undefined, '{}')).toEqual({ handled: 2 });
    expect(await send(url, 'TrentService.ListKeys', undefined, 'GET')).toEqual({ handled: 3 });
    expect(seen.map((call) => [call.method, call.target])).toEqual([
      ['POST', 'TrentService.Sign'],
      ['POST', null],
      ['GET', 'TrentService.ListKeys'],
    ]);
  });
});
