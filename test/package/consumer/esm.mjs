// An ESM consumer of the installed tarball: every entry point, and the MSW mock answering the
// typed client's GenerateDataKey → Decrypt through the consumer's own msw.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setupServer } from 'msw/node';
import { checkRequest } from 'kms-contract';
import { createKmsClient } from 'kms-contract/client';
import { allChecks } from 'kms-contract/conformance';
import { startMockServer } from 'kms-contract/mock';
import { createKmsMock } from 'kms-contract/msw';
import spec from 'kms-contract/spec' with { type: 'json' };

const KEY = '1234abcd-12ab-34cd-56ef-1234567890ab';
const assert = (ok, what) => {
  if (!ok) throw new Error(`failed: ${what}`);
};
assert(
  checkRequest('GenerateDataKey', { KeyId: 'k', NumberOfBytes: 0 }).ok === false,
  'checkRequest',
);
assert(allChecks.length > 10, 'allChecks');
assert(spec.openapi.startsWith('3.1'), 'kms-contract/spec is the JSON spec');
const yaml = readFileSync(fileURLToPath(import.meta.resolve('kms-contract/spec.yaml')), 'utf8');
assert(yaml.includes('openapi: 3.1'), 'kms-contract/spec.yaml is the YAML spec');

const kms = createKmsMock({ region: 'eu-west-1', seed: { keys: [{ id: KEY }] } });
const server = setupServer(...kms.handlers);
server.listen({ onUnhandledRequest: 'error' });
const client = createKmsClient({
  region: 'eu-west-1',
  credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret' },
});
const made = await client.generateDataKey({ KeyId: KEY, KeySpec: 'AES_256' });
const opened = await client.decrypt({ CiphertextBlob: made.CiphertextBlob });
assert(Buffer.from(opened.Plaintext).equals(Buffer.from(made.Plaintext)), 'msw round trip');
server.close();

const real = await startMockServer();
const http = createKmsClient({
  region: 'us-east-1',
  endpoint: real.url,
  credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret' },
});
const key = await http.createKey({});
assert(typeof key.KeyMetadata?.KeyId === 'string', 'server CreateKey');
await real.close();
console.log('esm ok');
