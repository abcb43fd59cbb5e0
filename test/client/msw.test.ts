// The typed client against the MSW handlers on its default (regional) endpoints, and against
// hand-made replies for every way AWS JSON 1.1 spells an error (evidence `wire.error-envelope`).
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createKmsClient,
  DisabledException,
  KMSInternalException,
  KmsError,
  KmsResponseError,
  NotFoundException,
  ThrottlingException,
  UnknownOperationException,
} from '../../src/client/index.js';
import { createKmsMock } from '../../src/msw/index.js';

const KEY = '1234abcd-12ab-34cd-56ef-1234567890ab';
const credentials = { accessKeyId: 'AKID', secretAccessKey: 'secret' };
const seed = { keys: [{ id: KEY }], aliases: [{ name: 'alias/app', targetKeyId: KEY }] };
const mock = createKmsMock({ seed });
const server = setupServer(...mock.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(async () => {
  server.resetHandlers();
  await mock.reset();
});
afterAll(() => server.close());

describe('createKmsClient against kmsHandlers', () => {
  it.each(['us-east-1', 'eu-west-1', 'ap-southeast-2', 'cn-north-1'])(
    'round-trips a data key on the default endpoint of %s',
    async (region) => {
      // Keys are regional: the seed's key is made in the region the client calls.
      const regional = createKmsMock({ region, seed });
      server.use(...regional.handlers);
      const kms = createKmsClient({ region, credentials });
      const made = await kms.generateDataKey({ KeyId: 'alias/app', NumberOfBytes: 16 });
      const opened = await kms.decrypt({ CiphertextBlob: made.CiphertextBlob ?? new Uint8Array() });
      expect(opened.Plaintext).toEqual(made.Plaintext);
      const [call] = regional.calls('GenerateDataKey');
      expect(call?.region).toBe(region);
      expect(call?.headers['content-type']).toBe('application/x-amz-json-1.1');
      expect(call?.headers.authorization).toMatch(
        new RegExp(
          `^AWS4-HMAC-SHA256 Credential=AKID/\\d{8}/${region}/kms/aws4_request, SignedHeaders=[^ ]*x-amz-target`,
        ),
      );
    },
  );

  it('sees failures the mock is told to send as the same classes', async () => {
    const kms = createKmsClient({ region: 'eu-west-1', credentials });
    mock.failNext('GenerateDataKey', 'DisabledException', 'key is off');
    mock.failNext('GenerateDataKey', 'KMSInternalException');
    await expect(kms.generateDataKey({ KeyId: KEY, KeySpec: 'AES_256' })).rejects.toThrow(
      new DisabledException('key is off'),
    );
    const fault = kms.generateDataKey({ KeyId: KEY, KeySpec: 'AES_256' });
    await expect(fault).rejects.toBeInstanceOf(KMSInternalException);
    await expect(fault).rejects.toMatchObject({ $fault: 'server', retryable: true, status: 500 });
  });
});

describe('error replies, however they are spelled', () => {
  const kms = createKmsClient({ region: 'eu-west-1', credentials });
  const reply = (body: string, init: ResponseInit) =>
    server.use(
      http.post('https://kms.eu-west-1.amazonaws.com/', () => new HttpResponse(body, init)),
    );

  it.each([
    ['__type', JSON.stringify({ __type: 'NotFoundException', message: 'gone' }), {}],
    [
      'a namespaced __type with a Coral suffix',
      JSON.stringify({
        __type: 'com.amazonaws.kms#NotFoundException:http://internal',
        message: 'gone',
      }),
      {},
    ],
    ['code', JSON.stringify({ code: 'NotFoundException', message: 'gone' }), {}],
    [
      'Message with a capital M',
      JSON.stringify({ __type: 'NotFoundException', Message: 'gone' }),
      {},
    ],
    [
      'only the x-amzn-ErrorType header',
      JSON.stringify({ message: 'gone' }),
      { 'x-amzn-ErrorType': 'NotFoundException:http://internal/' },
    ],
  ])('reads the name from %s', async (_how, body, headers) => {
    reply(body, { status: 400, headers });
    await expect(kms.describeKey({ KeyId: KEY })).rejects.toThrow(new NotFoundException('gone'));
  });

  it('names the class by the error, not by the status', async () => {
    reply(JSON.stringify({ __type: 'ThrottlingException', message: 'Rate exceeded' }), {
      status: 429,
    });
    await expect(kms.describeKey({ KeyId: KEY })).rejects.toBeInstanceOf(ThrottlingException);
    reply(JSON.stringify({ __type: 'UnknownOperationException' }), { status: 400 });
    await expect(kms.describeKey({ KeyId: KEY })).rejects.toThrow(
      new UnknownOperationException(''),
    );
  });

  it('throws an error the contract does not name as a KmsError of that name, as the AWS SDK does', async () => {
    reply(JSON.stringify({ __type: 'SomethingElseException', message: '?' }), { status: 400 });
    const error = await kms.describeKey({ KeyId: KEY }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KmsError);
    expect(error).not.toBeInstanceOf(KmsResponseError);
    expect(error).toMatchObject({
      name: 'SomethingElseException',
      __type: 'SomethingElseException',
      message: '?',
      status: 400,
      fault: 'client',
    });
  });

  it('throws KmsResponseError for an error without a name or a body that is not JSON', async () => {
    reply('<html>Bad gateway</html>', { status: 502 });
    await expect(kms.describeKey({ KeyId: KEY })).rejects.toMatchObject({
      name: 'KmsResponseError',
      status: 502,
      type: undefined,
    });
    reply('not json', { status: 200 });
    await expect(kms.describeKey({ KeyId: KEY })).rejects.toThrow(/not JSON/);
  });

  it('refuses a success whose blob is not canonical base64, naming the member', async () => {
    reply(JSON.stringify({ KeyId: 'k', Plaintext: 'AAA' }), { status: 200 });
    await expect(kms.generateRandom({ NumberOfBytes: 2 })).rejects.toThrow(
      /Plaintext is not canonical base64/,
    );
  });

  it('reads an empty success body as an empty output, and as nothing for operations without output', async () => {
    reply('', { status: 200 });
    expect(await kms.listKeys()).toEqual({});
    reply('', { status: 200 });
    expect(await kms.enableKey({ KeyId: KEY })).toBeUndefined();
  });
});

describe('endpoint option', () => {
  it('sends to a custom endpoint, signing for the configured region', async () => {
    const custom = createKmsMock({ baseUrls: ['http://kms.test:4566'] });
    server.use(...custom.handlers);
    const kms = createKmsClient({
      region: 'eu-central-1',
      endpoint: 'http://kms.test:4566',
      credentials,
    });
    expect((await kms.generateRandom({ NumberOfBytes: 4 })).Plaintext).toHaveLength(4);
    expect(custom.calls('GenerateRandom')[0]?.headers.authorization).toContain(
      '/eu-central-1/kms/aws4_request',
    );
    expect(mock.calls()).toEqual([]);
  });

  it('uses a given fetch', async () => {
    const seen: string[] = [];
    const kms = createKmsClient({
      region: 'eu-west-1',
      credentials,
      fetch: (url, init) => (seen.push(String(url)), fetch(url, init)),
    });
    await kms.generateRandom({ NumberOfBytes: 1 });
    expect(seen).toEqual(['https://kms.eu-west-1.amazonaws.com/']);
  });
});
