export { createKmsEngine } from './engine.js';
export type { AcceptedInput, KmsEngine, KmsEngineOptions } from './engine.js';
export { DEFAULT_CONFIG, keyArn, aliasArn, partitionOf } from './config.js';
export type { MockConfig } from './config.js';
