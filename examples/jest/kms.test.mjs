// The mock KMS in Jest (ESM mode): MSW answers the client's regional endpoint.
/* global beforeAll, afterEach, afterAll, test, expect -- Jest injects them */
import { setupServer } from 'msw/node';
import { createKmsClient } from 'kms-contract/client';
import { createKmsMock } from 'kms-contract/msw';

const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
const kms = createKmsMock({ region: 'eu-west-1', seed: { keys: [{ id: KEY_ID }] } });
const server = setupServer(...kms.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => kms.reset());
afterAll(() => server.close());

test('decrypts the data key it generated', async () => {
  const client = createKmsClient({
    region: 'eu-west-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });
  const dataKey = await client.generateDataKey({ KeyId: KEY_ID, KeySpec: 'AES_256' });
  const opened = await client.decrypt({ CiphertextBlob: dataKey.CiphertextBlob });
  expect(opened.Plaintext).toEqual(dataKey.Plaintext);
});
