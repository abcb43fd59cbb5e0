import { describe } from 'vitest';
import { tagAndPolicyScenarios } from '../mock-server/tags-policies-scenarios.js';
import { sdkClientsAtMsw } from './msw-clients.js';

const clientIn = sdkClientsAtMsw();

describe('tags, descriptions, aliases and key policies through the AWS SDK against MSW', () => {
  tagAndPolicyScenarios(() => clientIn('us-east-1'));
});
