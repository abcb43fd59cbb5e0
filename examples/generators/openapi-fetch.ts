// openapi-typescript + openapi-fetch against `kms-contract serve`. Types from the spec first:
//   npx openapi-typescript node_modules/kms-contract/spec/kms.openapi.yaml -o src/kms.d.ts
// Each operation is its own path, `/#X-Amz-Target=TrentService.<Op>` (fetch drops the `#...`, so the
// request is `POST /`), and needs its X-Amz-Target header.
import createClient from 'openapi-fetch';
import type { paths } from './kms.js';

const kms = createClient<paths>({
  baseUrl: process.env['KMS_ENDPOINT'] ?? 'http://127.0.0.1:4566', // kms-contract serve --port 4566
  headers: { 'Content-Type': 'application/x-amz-json-1.1' },
});

const created = await kms.POST('/#X-Amz-Target=TrentService.CreateKey', {
  headers: { 'X-Amz-Target': 'TrentService.CreateKey' },
  body: {},
});
const KeyId = created.data?.KeyMetadata?.KeyId ?? '';
const made = await kms.POST('/#X-Amz-Target=TrentService.GenerateDataKey', {
  headers: { 'X-Amz-Target': 'TrentService.GenerateDataKey' },
  body: { KeyId, KeySpec: 'AES_256' },
});
const opened = await kms.POST('/#X-Amz-Target=TrentService.Decrypt', {
  headers: { 'X-Amz-Target': 'TrentService.Decrypt' },
  body: { CiphertextBlob: made.data?.CiphertextBlob ?? '' },
});
// Blobs are base64 strings on the wire, as the spec says.
console.log(opened.data?.Plaintext === made.data?.Plaintext ? 'round trip ok' : 'MISMATCH');
