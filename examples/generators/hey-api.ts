// @hey-api/openapi-ts against `kms-contract serve`. Generate the SDK first:
//   npx @hey-api/openapi-ts -i node_modules/kms-contract/spec/kms.openapi.yaml -o src/kms -c @hey-api/client-fetch
// It parses `application/x-amz-json-1.1` as a blob unless told `parseAs: 'json'`, and each call
// needs its X-Amz-Target header.
import { createClient } from './kms/client/index.js';
import { createKey, decrypt, generateDataKey } from './kms/sdk.gen.js';

const client = createClient({
  baseUrl: process.env['KMS_ENDPOINT'] ?? 'http://127.0.0.1:4566', // kms-contract serve --port 4566
  parseAs: 'json',
});

const created = await createKey({
  client,
  headers: { 'X-Amz-Target': 'TrentService.CreateKey' },
  body: {},
});
const KeyId = created.data?.KeyMetadata?.KeyId ?? '';
const made = await generateDataKey({
  client,
  headers: { 'X-Amz-Target': 'TrentService.GenerateDataKey' },
  body: { KeyId, KeySpec: 'AES_256' },
});
const opened = await decrypt({
  client,
  headers: { 'X-Amz-Target': 'TrentService.Decrypt' },
  body: { CiphertextBlob: made.data?.CiphertextBlob ?? '' },
});
console.log(opened.data?.Plaintext === made.data?.Plaintext ? 'round trip ok' : 'MISMATCH');
