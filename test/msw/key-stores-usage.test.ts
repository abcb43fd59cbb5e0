import { describe } from 'vitest';
import { keyStoreAndUsageScenarios } from '../mock-server/key-stores-usage-scenarios.js';
import { sdkClientsAtMsw } from './msw-clients.js';

const clientIn = sdkClientsAtMsw();

describe('custom key stores and GetKeyLastUsage through the AWS SDK against MSW', () => {
  keyStoreAndUsageScenarios(() => clientIn('us-east-1'));
});
