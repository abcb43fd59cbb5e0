import { describe } from 'vitest';
import { tagAndPolicyScenarios } from './tags-policies-scenarios.js';
import { sdkClientsAtServe } from './serve-clients.js';

const clientIn = sdkClientsAtServe();

describe('tags, descriptions, aliases and key policies through the AWS SDK against serve', () => {
  tagAndPolicyScenarios(() => clientIn('us-east-1'));
});
