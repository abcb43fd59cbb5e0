export { checkRequest, checkResponse, checkErrorBody, validatorFor } from './validators.js';
export type { RequestCheck, SchemaIssue } from './validators.js';
export type { ContractRejection } from './aws-messages.js';
export { decodedLength } from './byte-length.js';
export { operations, errorStatus } from '../../generated/operations.js';
export type {
  OperationName,
  OperationInput,
  OperationOutput,
  OperationShapes,
  ContractErrorName,
} from '../../generated/operations.js';
