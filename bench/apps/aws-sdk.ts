// The same program with the AWS SDK: one GenerateDataKey with @aws-sdk/client-kms.
import { GenerateDataKeyCommand, KMSClient } from '@aws-sdk/client-kms';

const kms = new KMSClient({
  region: 'eu-west-1',
  credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret' },
});
const { Plaintext, CiphertextBlob } = await kms.send(
  new GenerateDataKeyCommand({ KeyId: 'alias/app', KeySpec: 'AES_256' }),
);
console.log(Plaintext?.length, CiphertextBlob?.length);
