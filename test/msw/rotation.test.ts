import { describe } from 'vitest';
import { rotationScenarios } from '../mock-server/rotation-scenarios.js';
import { sdkClientsAtMsw } from './msw-clients.js';

const clientIn = sdkClientsAtMsw();

describe('key rotation through the AWS SDK against MSW', () => {
  rotationScenarios(() => clientIn('us-east-1'));
});
