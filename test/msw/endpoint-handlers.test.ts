// The generated handler layer on its own: one handler per endpoint host, dispatch on X-Amz-Target.
import { HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations, type OperationName } from '../../src/contract/index.js';
import {
  kmsEndpointHandlers,
  kmsEndpoints,
  operationsByTarget,
  type KmsOperationResolvers,
} from '../../src/msw/index.js';

const names = Object.keys(operations) as OperationName[];
const seen: string[] = [];
const echo =
  (operation: OperationName) =>
  async ({ request }: { request: Request }) => {
    seen.push(await request.text());
    return HttpResponse.json({ answeredBy: operation });
  };
const resolvers: KmsOperationResolvers = Object.fromEntries(names.map((op) => [op, echo(op)]));
const fallback = async (request: Request) =>
  HttpResponse.json(
    { __type: 'UnknownOperationException', body: await request.text() },
    { status: 400 },
  );
const handlers = kmsEndpointHandlers({
  resolvers: { ...resolvers, GenerateRandom: () => undefined },
  fallback,
  baseUrls: ['http://127.0.0.1:4566/'],
});
const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const post = (url: string, target: string | undefined, body = '{}') =>
  fetch(url, {
    method: 'POST',
    body,
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

  it.each(names.filter((n) => n !== 'GenerateRandom'))(
    'sends TrentService.%s to its own resolver, on every host',
    async (op) => {
      for (const url of [
        'https://kms.eu-west-1.amazonaws.com/',
        'https://kms.cn-north-1.amazonaws.com.cn/',
        'http://127.0.0.1:4566/',
      ]) {
        expect(await post(url, `TrentService.${op}`)).toEqual({ answeredBy: op });
      }
    },
  );

  it('leaves unknown and missing targets to the fallback', async () => {
    expect(await post('https://kms.us-east-1.amazonaws.com/', 'TrentService.Sign')).toMatchObject({
      __type: 'UnknownOperationException',
    });
    expect(await post('https://kms.us-east-1.amazonaws.com/', undefined)).toMatchObject({
      __type: 'UnknownOperationException',
    });
  });

  it('gives the fallback the whole body when a resolver steps aside', async () => {
    expect(
      await post(
        'https://kms.us-east-1.amazonaws.com/',
        'TrentService.GenerateRandom',
        '{"NumberOfBytes":3}',
      ),
    ).toEqual({
      __type: 'UnknownOperationException',
      body: '{"NumberOfBytes":3}',
    });
  });
});
