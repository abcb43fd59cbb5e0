import * as kms from '@aws-sdk/client-kms';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe } from 'vitest';
import { createKmsMock } from '../../src/msw/index.js';
import { grantScenarios } from '../mock-server/grants-scenarios.js';

const server = setupServer(...createKmsMock({ logger: { error: () => undefined } }).handlers);
const client = new kms.KMSClient({
  region: 'us-east-1',
  credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
  maxAttempts: 1,
});

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => {
  client.destroy();
  server.close();
});

describe('grants and grant tokens through the AWS SDK against MSW', () => {
  grantScenarios(() => client);
});
