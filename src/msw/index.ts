export { createKmsMock, kmsHandlers } from './kms-mock.js';
export type {
  KmsAnyCall,
  KmsCall,
  KmsMock,
  KmsMockOptions,
  KmsReceivedInput,
  KmsResolver,
  KmsResolverCall,
  KmsResolverOutput,
  KmsUseOptions,
  OperationErrorName,
} from './types.js';
export { KmsSeedError, type SeedDocument, type SeedDocumentKey } from './seed.js';
export {
  kmsEndpointHandlers,
  kmsEndpoints,
  operationsByTarget,
  type KmsEndpointHandlersOptions,
} from '../../generated/msw-handlers.js';
export type { KmsInput, KmsOutput } from '../codec/index.js';
export type { OperationName } from '../../generated/operations.js';
export { kmsError, KmsError, type KmsErrorName } from '../errors/index.js';
