import { describe } from 'vitest';
import { everyOperationScenarios } from './every-operation-scenarios.js';
import { sdkClientsAtServe } from './serve-clients.js';

const clientIn = sdkClientsAtServe();

describe('every operation through the AWS SDK against serve', () => {
  everyOperationScenarios(clientIn);
});
