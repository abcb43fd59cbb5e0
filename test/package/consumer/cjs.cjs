// A CommonJS consumer: require() of the ES modules (Node >= 20.19), msw from the consumer.
/* global require */
/* eslint-disable @typescript-eslint/no-require-imports -- the point of this consumer */
const { checkRequest } = require('kms-contract');
const { createKmsMock } = require('kms-contract/msw');
const { createKmsClient } = require('kms-contract/client');
const { setupServer } = require('msw/node');

const KEY = '1234abcd-12ab-34cd-56ef-1234567890ab';

async function main() {
  if (checkRequest('GenerateDataKey', { KeyId: 'k', KeySpec: 'AES_256' }).ok !== true)
    throw new Error('failed: checkRequest');
  const kms = createKmsMock({ region: 'eu-west-1', seed: { keys: [{ id: KEY }] } });
  const server = setupServer(...kms.handlers);
  server.listen({ onUnhandledRequest: 'error' });
  const client = createKmsClient({
    region: 'eu-west-1',
    credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret' },
  });
  const made = await client.generateDataKey({ KeyId: KEY, NumberOfBytes: 16 });
  const opened = await client.decrypt({ CiphertextBlob: made.CiphertextBlob });
  if (!Buffer.from(opened.Plaintext).equals(Buffer.from(made.Plaintext)))
    throw new Error('failed: msw round trip');
  server.close();
  console.log('cjs ok');
}
main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
