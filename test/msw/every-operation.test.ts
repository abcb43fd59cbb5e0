import * as kms from '@aws-sdk/client-kms';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe } from 'vitest';
import { createKmsMock } from '../../src/msw/index.js';
import { everyOperationScenarios } from '../mock-server/every-operation-scenarios.js';

const server = setupServer(...createKmsMock({ logger: { error: () => undefined } }).handlers);
const clients = new Map<string, kms.KMSClient>();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => {
  for (const client of clients.values()) client.destroy();
  server.close();
});

/** One client per Region, each at its regional endpoint `kms.<region>.amazonaws.com`. */
function clientIn(region: string): kms.KMSClient {
  let client = clients.get(region);
  if (!client) {
    client = new kms.KMSClient({
      region,
      credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
      maxAttempts: 1,
    });
    clients.set(region, client);
  }
  return client;
}

describe('every operation through the AWS SDK against MSW', () => {
  everyOperationScenarios(clientIn);
});
