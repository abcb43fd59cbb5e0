import * as kms from '@aws-sdk/client-kms';
import { afterAll, beforeAll, describe } from 'vitest';
import { startMockServer, type MockServer } from '../../src/server/start-mock-server.js';
import { everyOperationScenarios } from './every-operation-scenarios.js';

let server: MockServer;
const clients = new Map<string, kms.KMSClient>();

beforeAll(async () => {
  server = await startMockServer();
});

afterAll(async () => {
  for (const client of clients.values()) client.destroy();
  await server.close();
});

/** One client per Region, all at one serve: each request is served in its signing Region. */
function clientIn(region: string): kms.KMSClient {
  let client = clients.get(region);
  if (!client) {
    client = new kms.KMSClient({
      region,
      endpoint: server.url,
      credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret' },
      maxAttempts: 1,
    });
    clients.set(region, client);
  }
  return client;
}

describe('every operation through the AWS SDK against serve', () => {
  everyOperationScenarios(clientIn);
});
