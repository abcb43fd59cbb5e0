import { describe } from 'vitest';
import { multiRegionScenarios } from './multi-region-scenarios.js';
import { sdkClientsAtServe } from './serve-clients.js';

const clientIn = sdkClientsAtServe();

describe('multi-Region keys through the AWS SDK against serve', () => {
  multiRegionScenarios(clientIn);
});
