import { describe } from 'vitest';
import { keyStoreAndUsageScenarios } from './key-stores-usage-scenarios.js';
import { sdkClientsAtServe } from './serve-clients.js';

const clientIn = sdkClientsAtServe();

describe('custom key stores and GetKeyLastUsage through the AWS SDK against serve', () => {
  keyStoreAndUsageScenarios(() => clientIn('us-east-1'));
});
