// vitest + MSW in Node: the AWS SDK (or any client) calls its usual endpoint and the mock answers.
import {
  DecryptCommand,
  GenerateDataKeyCommand,
  KMSClient,
  KMSInternalException,
} from '@aws-sdk/client-kms';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { createKmsMock } from 'kms-contract/msw';

const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
const kms = createKmsMock({
  region: 'eu-west-1',
  seed: { keys: [{ id: KEY_ID }], aliases: [{ name: 'alias/app', targetKeyId: KEY_ID }] },
});
const server = setupServer(...kms.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => kms.reset()); // keys back to the seed; calls, resolvers and failures forgotten
afterAll(() => server.close());

const client = new KMSClient({
  region: 'eu-west-1',
  credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
});

it('decrypts the data key it generated', async () => {
  const dataKey = await client.send(
    new GenerateDataKeyCommand({ KeyId: 'alias/app', KeySpec: 'AES_256' }),
  );
  const opened = await client.send(new DecryptCommand({ CiphertextBlob: dataKey.CiphertextBlob }));
  expect(opened.Plaintext).toEqual(dataKey.Plaintext);
  expect(kms.calls('GenerateDataKey')[0]?.input).toEqual({
    KeyId: 'alias/app',
    KeySpec: 'AES_256',
  });
});

it('sees a KMS failure as the SDK exception, after the SDK retries', async () => {
  kms.failAlways('GenerateDataKey', 'KMSInternalException');
  const call = client.send(new GenerateDataKeyCommand({ KeyId: 'alias/app', KeySpec: 'AES_256' }));
  await expect(call).rejects.toBeInstanceOf(KMSInternalException);
  expect(kms.calls('GenerateDataKey')).toHaveLength(3);
});

it('answers an operation the way the test needs', async () => {
  kms.use('Decrypt', () => ({
    KeyId: `arn:aws:kms:eu-west-1:111122223333:key/${KEY_ID}`,
    Plaintext: new Uint8Array(32),
  }));
  const opened = await client.send(
    new DecryptCommand({ CiphertextBlob: new Uint8Array([1, 2, 3]) }),
  );
  expect(opened.Plaintext).toEqual(new Uint8Array(32));
});
