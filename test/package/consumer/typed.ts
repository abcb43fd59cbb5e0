// A TypeScript consumer, type-checked with moduleResolution node16 and bundler: every entry's
// types resolve from the tarball, and the wire types are the spec's.
import { checkRequest, type OperationName } from 'kms-contract';
import { createKmsClient, NotFoundException, type KmsOutput } from 'kms-contract/client';
import { runConformance, type Summary } from 'kms-contract/conformance';
import { startMockServer } from 'kms-contract/mock';
import { createKmsMock, type KmsMock, type SeedDocument } from 'kms-contract/msw';

const op: OperationName = 'GenerateDataKey';
const seed: SeedDocument = { keys: [{ id: '1234abcd-12ab-34cd-56ef-1234567890ab' }] };
const mock: KmsMock = createKmsMock({ seed });
const client = createKmsClient({
  region: 'eu-west-1',
  credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret' },
});
export async function run(): Promise<Summary> {
  const out: KmsOutput<'GenerateDataKey'> = await client.generateDataKey({
    KeyId: 'alias/app',
    KeySpec: 'AES_256',
  });
  const bytes: Uint8Array | undefined = out.Plaintext;
  // @ts-expect-error KeySpec and NumberOfBytes are mutually exclusive
  await client.generateDataKey({ KeyId: 'k', KeySpec: 'AES_256', NumberOfBytes: 32 });
  const server = await startMockServer();
  void [op, mock, bytes, checkRequest(op, {}), NotFoundException];
  return runConformance({
    endpoint: server.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret' },
    checks: [],
  });
}
