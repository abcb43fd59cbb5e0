import { describe } from 'vitest';
import { rotationScenarios } from './rotation-scenarios.js';
import { sdkClientsAtServe } from './serve-clients.js';

const clientIn = sdkClientsAtServe();

describe('key rotation through the AWS SDK against serve', () => {
  rotationScenarios(() => clientIn('us-east-1'));
});
