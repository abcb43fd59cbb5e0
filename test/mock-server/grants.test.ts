import * as kms from '@aws-sdk/client-kms';
import { afterAll, beforeAll, describe } from 'vitest';
import { createKmsEngine } from '../../src/mock/index.js';
import { wireOperations } from '../../src/mock/wire-operations.js';
import { createWireHandler } from '../../src/protocol/index.js';
import { startServer } from '../../src/server/index.js';
import { grantScenarios } from './grants-scenarios.js';

let server: Awaited<ReturnType<typeof startServer>>;
let client: kms.KMSClient;

beforeAll(async () => {
  server = await startServer({
    handler: createWireHandler({
      operations: wireOperations(createKmsEngine({ region: 'us-east-1' })),
    }),
  });
  client = new kms.KMSClient({
    region: 'us-east-1',
    endpoint: server.url,
    credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret' },
    maxAttempts: 1,
  });
});

afterAll(async () => {
  client.destroy();
  await server.close();
});

describe('grants and grant tokens through the AWS SDK against serve', () => {
  grantScenarios(() => client);
});
