import { describe } from 'vitest';
import { grantScenarios } from './grants-scenarios.js';
import { sdkClientsAtServe } from './serve-clients.js';

const clientIn = sdkClientsAtServe();

describe('grants and grant tokens through the AWS SDK against serve', () => {
  grantScenarios(() => clientIn('us-east-1'));
});
