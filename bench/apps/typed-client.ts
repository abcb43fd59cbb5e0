// A small browser program: one GenerateDataKey with kms-contract/client.
import { createKmsClient } from 'kms-contract/client';

const kms = createKmsClient({
  region: 'eu-west-1',
  credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret' },
});
const { Plaintext, CiphertextBlob } = await kms.generateDataKey({
  KeyId: 'alias/app',
  KeySpec: 'AES_256',
});
console.log(Plaintext?.length, CiphertextBlob?.length);
