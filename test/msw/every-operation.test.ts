import { describe } from 'vitest';
import { everyOperationScenarios } from '../mock-server/every-operation-scenarios.js';
import { sdkClientsAtMsw } from './msw-clients.js';

const clientIn = sdkClientsAtMsw();

describe('every operation through the AWS SDK against MSW', () => {
  everyOperationScenarios(clientIn);
});
