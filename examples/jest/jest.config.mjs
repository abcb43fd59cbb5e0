// Jest runs kms-contract (ES modules only) in its ESM mode: no transform, and Node started with
// --experimental-vm-modules, e.g. "test": "node --experimental-vm-modules node_modules/jest/bin/jest.js".
export default {
  testEnvironment: 'node',
  transform: {},
  testMatch: ['**/*.test.mjs'],
};
