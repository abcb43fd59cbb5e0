import { describe } from 'vitest';
import { grantScenarios } from '../mock-server/grants-scenarios.js';
import { sdkClientsAtMsw } from './msw-clients.js';

const clientIn = sdkClientsAtMsw();

describe('grants and grant tokens through the AWS SDK against MSW', () => {
  grantScenarios(() => clientIn('us-east-1'));
});
